import type { Request, Response, Server } from 'restify';
import type { PracticeLibrary } from '../services/good-practices/practice-library';
import type { PracticeSharingService } from '../services/good-practices/practice-sharing-service';
import type { TabAuthenticator } from './auth/tab-identity';
import { tabReader } from './tab-reader';

/** Programme ids are UUIDs. */
const PROGRAMME_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Practice ids are UUIDs (made by the form, or stable ones from meeting feedback). */
const PRACTICE_ID = PROGRAMME_ID;

/**
 * The good-practice library for the personal tab, authorised like the journey routes:
 * - `GET /api/good-practices` the practices the person may see, and the topics to filter by;
 * - `POST /api/good-practices/:programmeId/:practiceId/withdraw` the author takes theirs back.
 * 401 without a valid token; 404 for malformed or unknown ids, 403 for someone else's practice.
 */
export function registerGoodPracticeRoutes(
  server: Server,
  deps: { auth: TabAuthenticator; library: PracticeLibrary; sharing: PracticeSharingService },
): void {
  server.get('/api/good-practices', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (who) res.send(200, await deps.library.forReader(who));
  });

  server.post('/api/good-practices/:programmeId/:practiceId/withdraw', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (!who) return;
    const programmeId = String(req.params.programmeId ?? '');
    const practiceId = String(req.params.practiceId ?? '');
    if (!PROGRAMME_ID.test(programmeId) || !PRACTICE_ID.test(practiceId))
      return void res.send(404, { error: 'not-found' });
    const actor = { ...who, displayName: '', locale: who.language };
    const withdrawn = await deps.sharing.withdraw(actor, programmeId, practiceId);
    if (withdrawn.ok) return void res.send(200, { status: withdrawn.value.status });
    const status = withdrawn.reason === 'not-yours' ? 403 : withdrawn.reason === 'not-found' ? 404 : 409;
    res.send(status, { error: withdrawn.reason });
  });
}
