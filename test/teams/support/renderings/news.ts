import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import type { Translate } from '../../../../bot/src/i18n';
import { newsCard } from '../../../../bot/src/teams/broadcasts/news.card';
import { composeCard } from '../../../../bot/src/teams/broadcasts/compose.card';
import { reportCard, reviewCard, statusCard } from '../../../../bot/src/teams/broadcasts/report.cards';
import { channelPickerCard } from '../../../../bot/src/teams/broadcasts/channel-picker.card';
import { sampleProgramme, sampleNews, sampleBroadcast, someCounts, typed } from '../card-samples';

/** News and their delivery reports: each template rendered the ways it can be sent. */
export const NEWS_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'broadcasts/news.card.json': [
    () => newsCard(sampleNews, ['en']),
    () => newsCard(sampleNews, ['de', 'en']),
    () => newsCard({ language: 'de', versions: { de: { title: 'Kurz', text: 'Nur Text.' } } }, ['de']),
  ],
  'broadcasts/compose.card.json': [
    (t) =>
      composeCard(t, {
        programmes: [sampleProgramme('running', false)],
        broadcastId: '9b2c1d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
      }),
    (t) =>
      composeCard(t, {
        programmes: [sampleProgramme('running', false)],
        broadcastId: 'x',
        entered: { titleEn: 'x', imageUrl: 'http://a' },
        issues: [
          { field: 'textEn', code: 'required' },
          { field: 'imageUrl', code: 'not-https' },
          { field: 'titleDe', code: 'too-long', limit: 120 },
          { field: 'buttonUrl', code: 'invalid' },
          { field: 'audience', code: 'invalid' },
        ],
        summary: 'Channel missing',
      }),
  ],
  'broadcasts/review.card.json': [
    (t) =>
      reviewCard(
        t,
        sampleBroadcast('draft'),
        [{ key: 'person:a', kind: 'person', target: 'a', displayName: typed('Anna'), language: 'en' }],
        'Europe/Berlin',
      ),
    (t) => reviewCard(t, sampleBroadcast('draft'), [], 'UTC'),
  ],
  'broadcasts/report.card.json': [
    ...(['scheduled', 'cancelled', 'queued'] as const).map(
      (status) => (t: Translate) => reportCard(t, { broadcast: sampleBroadcast(status), timeZone: 'Europe/Berlin' }),
    ),
    (t) => reportCard(t, { broadcast: sampleBroadcast('sending'), counts: someCounts, timeZone: 'Europe/Berlin' }),
    (t) =>
      reportCard(t, {
        broadcast: sampleBroadcast('done'),
        counts: { ...someCounts, pending: 0, sending: 0, sent: 105 },
        timeZone: 'Europe/Berlin',
        csvUrl: 'https://tandem.example/api/broadcast.csv?token=x',
      }),
    (t) =>
      reportCard(t, {
        broadcast: sampleBroadcast('done'),
        counts: { pending: 0, sending: 0, sent: 3, failed: 0, 'not-reachable': 0, total: 3 },
        timeZone: 'UTC',
      }),
  ],
  'broadcasts/status.card.json': [
    (t) =>
      statusCard(
        t,
        [{ broadcast: sampleBroadcast('done'), counts: someCounts }, { broadcast: sampleBroadcast('scheduled') }],
        'Europe/Berlin',
      ),
    (t) => statusCard(t, [], 'UTC'),
  ],
  'broadcasts/channel-picker.card.json': [
    (t) =>
      channelPickerCard(
        t,
        [sampleProgramme('running', false), { ...sampleProgramme('enrolling', false), id: 'other', name: 'Herbst' }],
        'news',
      ),
  ],
};
