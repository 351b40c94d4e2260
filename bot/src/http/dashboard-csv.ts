import type { ProgrammeDashboard } from '../domain/dashboard/programme-dashboard';
import { OTHER_GROUP, type Guarded } from '../domain/dashboard/small-groups';
import type { RatingSummary } from '../domain/dashboard/feedback-summary';
import type { ProgrammeOverview } from '../domain/journey/programme-overview';
import type { Translate } from '../i18n';
import type { DashboardView } from '../services/privacy/download-links';

type Rows = string[][];

/** Numbers as the reader's Excel reads them: a decimal comma for German readers. */
export function numberText(language: 'en' | 'de'): (value: number) => string {
  const format = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return (value) => format.format(value);
}

/** One view of the dashboard as rows (header first), words and numbers in the reader's language. */
export function dashboardRows(
  t: Translate,
  language: 'en' | 'de',
  view: DashboardView,
  dashboard: ProgrammeDashboard,
  pairs: ProgrammeOverview['pairs'],
): Rows {
  const n = numberText(language);
  const c = (key: string) => t(`dashboard.columns.${key}`);
  switch (view) {
    case 'overview':
      return overviewRows(t, n, dashboard);
    case 'pairs':
      return [
        ['mentor', 'mentee', 'held', 'planned', 'target', 'lastMeeting', 'nextMeeting', 'flags'].map(c),
        ...pairs.map((p) => [
          p.mentor,
          p.mentee,
          n(p.held),
          n(p.planned),
          n(p.target),
          p.lastMeetingAt?.slice(0, 10) ?? '',
          p.nextMeetingAt?.slice(0, 10) ?? '',
          p.flags.map((flag) => t(`dashboard.flags.${flag}`)).join(', '),
        ]),
      ];
    case 'topics':
      return [
        ['topic', 'wanted', 'offered', 'chosen', 'covered'].map(c),
        ...dashboard.topics.topics.map((topic) => [
          topic.name,
          ...[topic.wanted, topic.offered, topic.chosen, topic.covered].map(n),
        ]),
        [t('dashboard.sections.customTopics'), '', '', n(dashboard.topics.customChosen), ''],
      ];
    case 'feedback':
      return feedbackRows(t, n, dashboard);
    case 'news':
      return [
        ['title', 'sentAt', 'total', 'sent', 'notReachable', 'failed', 'pending'].map(c),
        ...dashboard.news.map((b) => [
          b.titles[language] ?? Object.values(b.titles)[0] ?? '',
          b.sentAt.slice(0, 16).replace('T', ' '),
          ...[b.counts.total, b.counts.sent, b.counts['not-reachable'], b.counts.failed].map(n),
          n(b.counts.pending + b.counts.sending),
        ]),
      ];
  }
}

function overviewRows(t: Translate, n: (value: number) => string, dashboard: ProgrammeDashboard): Rows {
  const { overview } = dashboard;
  const section = (key: string) => t(`dashboard.sections.${key}`);
  return [
    ['section', 'item', 'value', 'unit'].map((key) => t(`dashboard.columns.${key}`)),
    ...overview.funnel.map((s) => [
      section('funnel'),
      t(`dashboard.stages.${s.stage}`),
      n(s.count),
      t(`dashboard.units.${s.unit}`),
    ]),
    ...(['mentor', 'mentee'] as const).map((role) => [
      section('roles'),
      t(`dashboard.roles.${role}`),
      n(overview.roles[role]),
      '',
    ]),
    ...overview.departments.map((d) => [
      section('departments'),
      d.group === OTHER_GROUP ? t('dashboard.other') : d.group,
      n(d.count),
      t('dashboard.units.people'),
    ]),
    ...(['on-track', 'behind', 'quiet', 'at-risk'] as const).map((health) => [
      section('health'),
      t(`dashboard.health.${health}`),
      n(overview.health[health]),
      t('dashboard.units.pairs'),
    ]),
    [],
    ['week', 'held', 'planned', 'heldSoFar', 'targetLine'].map((key) => t(`dashboard.columns.${key}`)),
    ...overview.cadence.map((w) => [w.weekStart, ...[w.held, w.planned, w.heldSoFar, w.targetLine].map(n)]),
  ];
}

function feedbackRows(t: Translate, n: (value: number) => string, dashboard: ProgrammeDashboard): Rows {
  const { feedback } = dashboard;
  const ratings = (label: string, guarded: Guarded<RatingSummary>) =>
    guarded.shown
      ? [label, n(guarded.value.responses), ...guarded.value.distribution.map(n), n(guarded.value.average)]
      : [label, t('dashboard.tooFew')];
  const stars = [1, 2, 3, 4, 5].map((count) => t('dashboard.columns.rating', { stars: count }));
  const extra = (key: string, value: string) => [t(`dashboard.sections.${key}`), value];
  return [
    [t('dashboard.columns.meetingNumber'), t('dashboard.columns.responses'), ...stars, t('dashboard.columns.average')],
    ratings(t('dashboard.sections.overall'), feedback.overall),
    ...feedback.perMeetingNumber.map((m) => ratings(n(m.meetingNumber), m.ratings)),
    [],
    extra(
      'heldWithFeedback',
      feedback.heldWithFeedback.shown
        ? `${n(Math.round(feedback.heldWithFeedback.value.share * 100))} %`
        : t('dashboard.tooFew'),
    ),
    extra('learningsShared', n(feedback.learningsShared)),
    ...(['pending', 'approved', 'published'] as const).map((state) => [
      t('dashboard.sections.goodPractices'),
      t(`dashboard.goodPractices.${state}`),
      n(feedback.goodPractices[state]),
    ]),
  ];
}
