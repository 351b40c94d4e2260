import type { ProgrammeDashboard } from '../../domain/dashboard/programme-dashboard';
import { languageOfTranslate, type Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './dashboard-summary.card.json';

/** What `dashboard-summary.card.json` reads. */
export interface DashboardSummaryCardData {
  title: string;
  facts: CardFact[];
  open: string;
  url: string;
}

/** HR's headline figures of one programme, with the button that opens the full dashboard. */
export function dashboardSummaryCard(t: Translate, dashboard: ProgrammeDashboard, url: string): AdaptiveCardJson {
  const { overview, feedback, programme } = dashboard;
  const count = (stage: string) => overview.funnel.find((s) => s.stage === stage)?.count ?? 0;
  const started = count('mentee-confirmed');
  const held = overview.cadence.at(-1)?.heldSoFar ?? 0;
  const number = new Intl.NumberFormat(languageOfTranslate(t) === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const facts: CardFact[] = [
    { title: t('dashboard.card.onboarded'), value: String(count('onboarded')) },
    { title: t('dashboard.card.pairs'), value: String(started) },
    {
      title: t('dashboard.card.meetings'),
      value: t('dashboard.card.meetingsValue', { held, target: started * programme.meetingsTarget }),
    },
    {
      title: t('dashboard.card.attention'),
      value: t('dashboard.card.attentionValue', {
        atRisk: overview.health['at-risk'],
        quiet: overview.health.quiet,
        behind: overview.health.behind,
      }),
    },
    {
      title: t('dashboard.card.rating'),
      value: feedback.overall.shown ? number.format(feedback.overall.value.average) : t('dashboard.tooFew'),
    },
  ];
  return expandCard<DashboardSummaryCardData>(template, {
    title: t('dashboard.card.title', { name: asCardText(programme.name) }),
    facts,
    open: t('dashboard.card.open'),
    url,
  });
}
