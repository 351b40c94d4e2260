import type { Broadcast, DeliveryCounts, RecipientPlan } from '../../domain/broadcasts';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatDateTime, formatInstantDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import reportTemplate from './report.card.json';
import reviewTemplate from './review.card.json';
import statusTemplate from './status.card.json';

/** A broadcast's headline: its first version's title. */
export function headlineOf(broadcast: Broadcast): string {
  return broadcast.content.versions.de?.title ?? broadcast.content.versions.en?.title ?? '';
}

/** What `review.card.json` reads. */
export interface ReviewCardData {
  labels: CardLabels;
  intro: string;
  timeLabel: string;
  requiredMessage: string;
  facts: CardFact[];
  notice: string;
  broadcastId: string;
}

/** After Preview: whom it reaches, and Send now / Schedule / Edit. */
export function reviewCard(
  t: Translate,
  broadcast: Broadcast,
  recipients: readonly RecipientPlan[],
  timeZone: string,
): AdaptiveCardJson {
  return expandCard<ReviewCardData>(reviewTemplate, {
    labels: t('news.review', { returnObjects: true }),
    intro: t('news.review.intro'),
    timeLabel: t('news.review.time', { timeZone }),
    requiredMessage: t('validation.required'),
    facts: [
      { title: t('news.review.audience'), value: audienceText(t, broadcast) },
      { title: t('news.review.recipients'), value: String(recipients.length) },
      { title: t('news.review.language'), value: t(`news.languages.${broadcast.content.language}`) },
    ],
    notice: recipients.length === 0 ? t('news.review.nobody') : '',
    broadcastId: broadcast.id,
  });
}

/** What `report.card.json` reads; `bar` is the progress bar's segments, each as wide as its count. */
export interface ReportCardData {
  heading: string;
  status: string;
  statusColor: string;
  showBar: boolean;
  bar: Array<{ weight: number; style: string }>;
  facts: CardFact[];
  notice: string;
  labels: CardLabels;
  csvUrl: string;
  canExport: boolean;
  canCancel: boolean;
  broadcastId: string;
}

/** The live delivery report: status, progress bar, counts, and the CSV export. */
export function reportCard(
  t: Translate,
  input: { broadcast: Broadcast; counts?: DeliveryCounts; timeZone: string; csvUrl?: string },
): AdaptiveCardJson {
  const { broadcast, counts } = input;
  const delivering = broadcast.status === 'sending' || broadcast.status === 'done';
  const c = counts ?? { pending: 0, sending: 0, sent: 0, failed: 0, 'not-reachable': 0, total: broadcast.total ?? 0 };
  const problems = c.failed + c['not-reachable'];
  const bar = [
    { weight: c.sent, style: 'good' },
    { weight: c.failed, style: 'attention' },
    { weight: c['not-reachable'], style: 'warning' },
    { weight: c.pending + c.sending, style: 'emphasis' },
  ].filter((segment) => segment.weight > 0);
  return expandCard<ReportCardData>(reportTemplate, {
    heading: t('news.report.title', { title: headlineOf(broadcast) }),
    status: statusText(t, broadcast, c, input.timeZone),
    statusColor: broadcast.status === 'done' ? (problems > 0 ? 'Warning' : 'Good') : 'Default',
    showBar: delivering && bar.length > 0,
    bar,
    facts: [
      ...(delivering
        ? [
            { title: t('news.report.sent'), value: String(c.sent) },
            { title: t('news.report.failed'), value: String(c.failed) },
            { title: t('news.report.notReachable'), value: String(c['not-reachable']) },
            { title: t('news.report.pending'), value: String(c.pending + c.sending) },
            { title: t('news.report.total'), value: String(c.total) },
          ]
        : []),
      { title: t('news.report.audience'), value: audienceText(t, broadcast) },
      { title: t('news.report.sender'), value: asCardText(broadcast.createdByName) },
    ],
    notice: c['not-reachable'] > 0 ? t('news.report.notReachableHint') : '',
    labels: t('news.report', { returnObjects: true }),
    csvUrl: input.csvUrl ?? '',
    canExport: delivering && !input.csvUrl,
    canCancel: broadcast.status === 'scheduled',
    broadcastId: broadcast.id,
  });
}

/** What `status.card.json` reads: one line per broadcast. */
export interface StatusCardData {
  title: string;
  empty: string;
  items: Array<{ broadcastId: string; headline: string; line: string }>;
}

/** `news status`: the latest broadcasts, each opening its report. */
export function statusCard(
  t: Translate,
  items: ReadonlyArray<{ broadcast: Broadcast; counts?: DeliveryCounts }>,
  timeZone: string,
): AdaptiveCardJson {
  return expandCard<StatusCardData>(statusTemplate, {
    title: t('news.status.title'),
    empty: t('news.status.empty'),
    items: items.map(({ broadcast, counts }) => ({
      broadcastId: broadcast.id,
      headline: headlineOf(broadcast),
      line: t('news.status.line', {
        status: t(`news.statusNames.${broadcast.status}`),
        date: formatInstantDate(
          broadcast.queuedAt ?? broadcast.scheduledFor ?? broadcast.createdAt,
          languageOfTranslate(t),
          timeZone,
        ),
        progress: counts
          ? t('news.status.progress', { sent: counts.sent, total: counts.total })
          : t(`news.statusNames.${broadcast.status}`),
      }),
    })),
  });
}

function statusText(t: Translate, broadcast: Broadcast, c: DeliveryCounts, timeZone: string): string {
  switch (broadcast.status) {
    case 'scheduled':
      return t('news.report.scheduled', {
        when: formatDateTime(broadcast.scheduledFor ?? '', languageOfTranslate(t), timeZone),
        timeZone,
      });
    case 'sending':
      return t('news.report.sending', { done: c.total - c.pending - c.sending, total: c.total });
    case 'done':
      return t('news.report.done', { sent: c.sent, total: c.total });
    default:
      return t(`news.report.${broadcast.status === 'cancelled' ? 'cancelled' : 'queued'}`);
  }
}

function audienceText(t: Translate, broadcast: Broadcast): string {
  return broadcast.audience.map((audience) => t(`news.audiences.${audience}`)).join(', ');
}
