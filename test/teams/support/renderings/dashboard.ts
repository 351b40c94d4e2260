import { languageOfTranslate, type Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import { programmeDashboard } from '../../../../bot/src/domain/dashboard/programme-dashboard';
import { dashboardSummaryCard } from '../../../../bot/src/teams/dashboard/dashboard-summary.card';
import { facts, NOW } from '../../../domain/dashboard/dashboard-fixture';
import { sampleProgramme } from '../card-samples';

const sample = (minGroup: number) => (t: Translate) =>
  programmeDashboard(
    { ...facts, programme: { ...sampleProgramme('running', true), id: facts.programme.id } },
    NOW,
    minGroup,
    languageOfTranslate(t),
  );

/** HR's dashboard summary: ratings shown, and withheld for too few people. */
export const DASHBOARD_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'dashboard/dashboard-summary.card.json': [
    (t) => dashboardSummaryCard(t, sample(3)(t), 'https://teams.microsoft.com/l/entity/app/my-programme'),
    (t) => dashboardSummaryCard(t, sample(10)(t), 'http://localhost:3978/tab/index.html?view=personal'),
  ],
};
