import type { Request, Response, Server } from 'restify';
import type { DashboardService } from '../services/dashboard/dashboard-service';
import type { TabAuthenticator } from './auth/tab-identity';
import { PROGRAMME_ID } from './route-ids';
import { tabReader } from './tab-reader';

/**
 * `GET /api/programmes/:programmeId/dashboard?lang=`: HR's dashboard of one programme, for its
 * admins only. 401 without a valid identity, 403 for everyone else in the tenant, 404 for a
 * malformed id, an unknown one or another tenant's (alike, so ids cannot be probed).
 */
export function registerDashboardRoute(
  server: Server,
  deps: { auth: TabAuthenticator; dashboards: DashboardService },
): void {
  server.get('/api/programmes/:programmeId/dashboard', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (!who) return;
    const programmeId = String(req.params.programmeId ?? '');
    if (!PROGRAMME_ID.test(programmeId)) return void res.send(404, { error: 'not-found' });
    const dashboard = await deps.dashboards.forAdmin(who, programmeId);
    if (dashboard.ok) res.send(200, dashboard.value);
    else res.send(dashboard.reason === 'forbidden' ? 403 : 404, { error: dashboard.reason });
  });
}
