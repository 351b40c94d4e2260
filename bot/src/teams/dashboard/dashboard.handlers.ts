import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DashboardService } from '../../services/dashboard/dashboard-service';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import type { Actor } from '../../services/versioned';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { noProgrammeText } from '../programmes/no-programme-text';
import { languageFor, translatorFor } from '../turn-info';
import { dashboardSummaryCard } from './dashboard-summary.card';
import { personalTabLink, type PersonalTabLinks } from '../personal-tab-link';

/** What the dashboard command needs. */
export interface DashboardDeps {
  programmes: ProgrammeService;
  dashboards: DashboardService;
  links: PersonalTabLinks;
  actor(context: TurnContext): Promise<Actor>;
}

/** Programmes summed up in one answer: HR rarely runs more at once. */
const MAX_SUMMARIES = 5;

/** `dashboard` / `übersicht`: each running programme's headline figures, with a link to the full dashboard in the tab. */
export function registerDashboard(app: Application<TurnState>, deps: DashboardDeps): void {
  app.message(command('dashboard'), async (context) => {
    const t = translatorFor(context);
    const me = await deps.actor(context);
    const standing = await deps.programmes.adminStanding(me);
    const shown = standing.runs.filter((p) => p.status !== 'draft').slice(0, MAX_SUMMARIES);
    if (shown.length === 0)
      return void (await context.sendActivity(MessageFactory.text(noProgrammeText(t, standing, 'pairs.noProgramme'))));
    const reader = { tenantId: me.tenantId, aadObjectId: me.aadObjectId, language: languageFor(context) };
    const cards = [];
    for (const programme of shown) {
      const dashboard = await deps.dashboards.forAdmin(reader, programme.id);
      if (!dashboard.ok) continue;
      const url = personalTabLink(deps.links, `dashboard:${programme.id}`);
      cards.push(MessageFactory.attachment(cardAttachment(dashboardSummaryCard(t, dashboard.value, url))));
    }
    await context.sendActivities(cards);
  });
}
