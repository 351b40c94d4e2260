import type { Request, Response, Server } from 'restify';
import { languageOf } from '../domain/language';
import type { JourneyService } from '../services/journey/journey-service';
import type { TabAuthenticator } from './auth/tab-identity';

/** Teams chat ids look like `19:…@thread.v2`; anything else is not worth a lookup. */
const CHAT_ID = /^19:[A-Za-z0-9_.-]{1,200}@thread\.(v2|tacv2|skype)$/;

/**
 * The journey API for the tab: `GET /api/journey/chat/:chatId` (the pair bound to that chat)
 * and `GET /api/journey/mine`. 401 without a valid token, 403 for people outside the pair
 * (and not its HR), 404 for unknown or malformed ids. `?lang=de` picks the language.
 */
export function registerJourneyRoutes(server: Server, deps: { auth: TabAuthenticator; journeys: JourneyService }): void {
  const reader = async (req: Request, res: Response) => {
    const identity = await deps.auth.identify(req.headers);
    if (typeof identity === 'string') {
      res.send(401, { error: identity });
      return undefined;
    }
    const lang = new URL(req.url ?? '', 'http://x').searchParams.get('lang');
    return { tenantId: identity.tenantId, aadObjectId: identity.aadObjectId, language: languageOf(lang) };
  };

  server.get('/api/journey/chat/:chatId', async (req: Request, res: Response) => {
    const who = await reader(req, res);
    if (!who) return;
    const chatId = String(req.params.chatId ?? '');
    if (!CHAT_ID.test(chatId)) return void res.send(404, { error: 'not-found' });
    const journey = await deps.journeys.forChat(who, chatId);
    res.header('Cache-Control', 'no-store');
    if (!journey.ok) return void res.send(journey.reason === 'forbidden' ? 403 : 404, { error: journey.reason });
    res.send(200, journey.value);
  });

  server.get('/api/journey/mine', async (req: Request, res: Response) => {
    const who = await reader(req, res);
    if (!who) return;
    res.header('Cache-Control', 'no-store');
    res.send(200, { journeys: await deps.journeys.mine(who) });
  });
}
