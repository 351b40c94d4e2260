import type { Request, Response, Server } from 'restify';
import type { JourneyService } from '../services/journey/journey-service';
import type { OverviewService } from '../services/journey/overview-service';
import type { TabAuthenticator } from './auth/tab-identity';
import { PROGRAMME_ID } from './route-ids';
import { tabReader } from './tab-reader';

/** Teams chat ids look like `19:…@thread.v2`; anything else is not worth a lookup. */
const CHAT_ID = /^19:[A-Za-z0-9_.-]{1,200}@thread\.(v2|tacv2|skype)$/;
/** Pair ids are `<mentor oid>~<mentee oid>`. */
const PAIR_ID = /^[A-Za-z0-9_-]{1,64}~[A-Za-z0-9_-]{1,64}$/;

/**
 * The journey API for the tab:
 * - `GET /api/journey/chat/:chatId` the pair bound to that chat;
 * - `GET /api/journey/pair/:programmeId/:pairId` one pair (members, and HR read-only);
 * - `GET /api/journey/mine` one's own journeys;
 * - `GET /api/overview` the programmes one runs as HR, with their pairs.
 * 401 without a valid token, 403 for people outside the pair (and not its HR), 404 for
 * unknown or malformed ids, the same whether or not the id exists for someone else.
 */
export function registerJourneyRoutes(
  server: Server,
  deps: { auth: TabAuthenticator; journeys: JourneyService; overview: OverviewService },
): void {
  const answer = (res: Response, journey: Awaited<ReturnType<JourneyService['forChat']>>) =>
    journey.ok
      ? res.send(200, journey.value)
      : res.send(journey.reason === 'forbidden' ? 403 : 404, { error: journey.reason });

  server.get('/api/journey/chat/:chatId', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (!who) return;
    const chatId = String(req.params.chatId ?? '');
    if (!CHAT_ID.test(chatId)) return void res.send(404, { error: 'not-found' });
    answer(res, await deps.journeys.forChat(who, chatId));
  });

  server.get('/api/journey/pair/:programmeId/:pairId', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (!who) return;
    const { programmeId, pairId } = {
      programmeId: String(req.params.programmeId ?? ''),
      pairId: String(req.params.pairId ?? ''),
    };
    if (!PROGRAMME_ID.test(programmeId) || !PAIR_ID.test(pairId)) return void res.send(404, { error: 'not-found' });
    answer(res, await deps.journeys.forPair(who, programmeId, pairId));
  });

  server.get('/api/journey/mine', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (who) res.send(200, { journeys: await deps.journeys.mine(who) });
  });

  server.get('/api/overview', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (who) res.send(200, { programmes: await deps.overview.forAdmin(who) });
  });
}
