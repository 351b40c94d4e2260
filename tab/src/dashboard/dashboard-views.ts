import type { DashboardView, ProgrammeDashboard } from '../api/contract';

/** The views of HR's dashboard: the server's list, so every view has its CSV download. */
export { DASHBOARD_VIEWS as VIEWS } from '../../../bot/src/services/privacy/download-links';

/** What GET /api/programmes/:id/dashboard answers: the figures and a signed CSV link per view. */
export type DashboardAnswer = ProgrammeDashboard & { downloads: Record<DashboardView, string> };

/** The `?page=` id of a programme's dashboard, as the bot's `dashboard` command links it. */
export const DASHBOARD_PAGE_PREFIX = 'dashboard:';

/** The programme a page id names (`dashboard:<programmeId>`), if it names a dashboard. */
export function dashboardProgrammeOf(pageId: string | null | undefined): string | undefined {
  return pageId?.startsWith(DASHBOARD_PAGE_PREFIX)
    ? pageId.slice(DASHBOARD_PAGE_PREFIX.length) || undefined
    : undefined;
}
