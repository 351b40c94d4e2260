import type { Request, Response } from 'restify';
import { languageOf } from '../domain/language';
import type { JourneyReader } from '../services/journey/journey-service';
import type { TabAuthenticator } from './auth/tab-identity';

/**
 * The tab API's caller as a journey reader, or undefined after answering 401. Every tab
 * response is personal, so none may be cached. `?lang=de` picks the language.
 */
export async function tabReader(
  auth: TabAuthenticator,
  req: Request,
  res: Response,
): Promise<JourneyReader | undefined> {
  res.header('Cache-Control', 'no-store');
  const identity = await auth.identify(req.headers);
  if (typeof identity === 'string') {
    res.send(401, { error: identity });
    return undefined;
  }
  const lang = new URL(req.url ?? '', 'http://x').searchParams.get('lang');
  return { tenantId: identity.tenantId, aadObjectId: identity.aadObjectId, language: languageOf(lang) };
}
