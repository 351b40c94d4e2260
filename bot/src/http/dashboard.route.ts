import type { Request, Response, Server } from 'restify';
import { translator } from '../i18n';
import type { DashboardService } from '../services/dashboard/dashboard-service';
import type { OverviewService } from '../services/journey/overview-service';
import { DASHBOARD_VIEWS, type DownloadLinks } from '../services/privacy/download-links';
import type { TabAuthenticator } from './auth/tab-identity';
import { dashboardRows } from './dashboard-csv';
import { sendCsv } from './excel-csv';
import { PROGRAMME_ID } from './route-ids';
import { registerSignedLinkRoute } from './signed-link-route';
import { tabReader } from './tab-reader';

/** What the dashboard routes need. */
export interface DashboardRouteDeps {
  auth: TabAuthenticator;
  dashboards: DashboardService;
  overview: OverviewService;
  links: DownloadLinks;
}

/**
 * - `GET /api/programmes/:programmeId/dashboard?lang=`: HR's dashboard of one programme, for its
 *   admins only, with a signed CSV download link per view. 401 without a valid identity, 403 for
 *   everyone else in the tenant, 404 for a malformed id, an unknown one or another tenant's
 *   (alike, so ids cannot be probed).
 * - `GET /api/dashboard.csv?token=`: one view as CSV for Excel in the link's language (`;` and a
 *   decimal comma for German readers); the admin's rights are checked again at download.
 */
export function registerDashboardRoutes(server: Server, deps: DashboardRouteDeps): void {
  server.get('/api/programmes/:programmeId/dashboard', async (req: Request, res: Response) => {
    const who = await tabReader(deps.auth, req, res);
    if (!who) return;
    const programmeId = String(req.params.programmeId ?? '');
    if (!PROGRAMME_ID.test(programmeId)) return void res.send(404, { error: 'not-found' });
    const dashboard = await deps.dashboards.forAdmin(who, programmeId);
    if (!dashboard.ok) return void res.send(dashboard.reason === 'forbidden' ? 403 : 404, { error: dashboard.reason });
    const downloads = Object.fromEntries(
      await Promise.all(
        DASHBOARD_VIEWS.map(async (view) => [
          view,
          await deps.links.dashboardLink(who, { programmeId, view, language: who.language }),
        ]),
      ),
    );
    res.send(200, { ...dashboard.value, downloads });
  });

  registerSignedLinkRoute(
    server,
    '/api/dashboard.csv',
    (token) => deps.links.dashboardOf(token),
    async ({ admin, export_ }, res) => {
      const reader = { ...admin, language: export_.language };
      const dashboard = await deps.dashboards.forAdmin(reader, export_.programmeId);
      if (!dashboard.ok)
        return void res.send(dashboard.reason === 'forbidden' ? 403 : 404, { error: dashboard.reason });
      const pairs =
        export_.view === 'pairs'
          ? ((await deps.overview.forAdmin(reader)).find((o) => o.programme.id === export_.programmeId)?.pairs ?? [])
          : [];
      const rows = dashboardRows(translator(export_.language), export_.language, export_.view, dashboard.value, pairs);
      const fileName = `dashboard-${export_.view}-${export_.programmeId.slice(0, 8)}.csv`;
      sendCsv(res, fileName, rows, export_.language === 'de' ? ';' : ',');
    },
  );
}
