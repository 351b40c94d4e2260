import type { GoodPractice } from '../../../../bot/src/domain/good-practices/good-practice';
import type { Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import { practiceCard } from '../../../../bot/src/teams/good-practices/practice.card';
import { practicePublishedCard } from '../../../../bot/src/teams/good-practices/practice-notices';
import {
  practicePostCard,
  practiceWithdrawnPostCard,
} from '../../../../bot/src/teams/good-practices/practice-post.card';
import { practiceProgrammesCard } from '../../../../bot/src/teams/good-practices/practice-programmes.card';
import { practiceQueueCard } from '../../../../bot/src/teams/good-practices/practice-queue.card';
import { practiceReviewCard } from '../../../../bot/src/teams/good-practices/practice-review.card';
import { practiceShareCard } from '../../../../bot/src/teams/good-practices/practice-share.card';
import { Verbs } from '../../../../bot/src/teams/verbs';
import { languageOfT, sampleProgramme, typed } from '../card-samples';

const programme = sampleProgramme('running', true);

/** A practice as people type them: every text with a Markdown link in it. */
export const samplePractice = (overrides: Partial<GoodPractice> = {}): GoodPractice => ({
  id: '5b0c7f7e-8d7a-4c39-9b51-7b0d1c0e9a11',
  programmeId: programme.id,
  authorId: 'a',
  authorName: typed('Anna Berger'),
  role: 'mentor',
  source: 'feedback',
  meetingId: 'm1',
  meetingNumber: 2,
  title: typed('Copilot im Vorstand'),
  text: typed('Zusammenfassungen von Vorstandsunterlagen'),
  topics: ['artificial-intelligence', 'big-data'],
  link: 'https://learn.microsoft.com/copilot',
  credit: 'named',
  onAuthorDeletion: 'remove',
  status: 'pending',
  submittedAt: '2027-03-09T10:00:00.000Z',
  ...overrides,
});

/** Good practices: sharing, the author's card and notice, HR's queue and review. */
export const GOOD_PRACTICE_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'good-practices/practice-share.card.json': [
    (t) =>
      practiceShareCard(t, {
        context: { programme, role: 'mentor' },
        language: languageOfT(t),
        submissionId: '0b4f2a7e-3b9c-4e53-9a55-2f7a0c1d9e21',
      }),
    (t) =>
      practiceShareCard(t, {
        context: { programme, role: 'hr' },
        language: languageOfT(t),
        submissionId: '0b4f2a7e-3b9c-4e53-9a55-2f7a0c1d9e21',
        entered: { title: typed('Titel'), text: typed('Text'), topic: 'big-data', link: 'http://x', credit: 'named' },
        issues: [{ field: 'link', code: 'not-https' }],
      }),
  ],
  'good-practices/practice.card.json': [
    (t) =>
      practiceCard(t, {
        programme,
        practice: samplePractice(),
        language: languageOfT(t),
        status: t('goodPractices.share.submitted'),
        viewerId: 'a',
      }),
    (t) =>
      practiceCard(t, {
        programme,
        practice: samplePractice({ credit: 'anonymous', status: 'withdrawn', link: undefined }),
        language: languageOfT(t),
        viewerId: 'a',
      }),
  ],
  'good-practices/practice-programmes.card.json': [
    (t) => practiceProgrammesCard(t, [programme, { ...programme, id: 'p2' }], Verbs.openPracticeForm),
    (t) => practiceProgrammesCard(t, [programme], Verbs.showPracticeQueue),
  ],
  'good-practices/practice-queue.card.json': [
    (t) =>
      practiceQueueCard(
        t,
        {
          programme,
          items: [samplePractice(), samplePractice({ id: 'g2', status: 'approved', credit: 'anonymous', role: 'hr' })],
          page: 1,
          pages: 3,
          total: 12,
        },
        languageOfT(t),
      ),
    (t) => practiceQueueCard(t, { programme, items: [], page: 0, pages: 1, total: 0 }, languageOfT(t)),
  ],
  'good-practices/practice-review.card.json': [
    (t) => practiceReviewCard(t, { programme, practice: samplePractice(), language: languageOfT(t) }),
    (t) =>
      practiceReviewCard(t, {
        programme,
        practice: samplePractice(),
        language: languageOfT(t),
        entered: { title: '', text: typed('x'), topics: '' },
        issues: [{ field: 'title', code: 'required' }],
      }),
    (t) =>
      practiceReviewCard(t, {
        programme,
        practice: samplePractice({ status: 'approved' }),
        language: languageOfT(t),
        heading: t('goodPractices.review.approved'),
      }),
  ],
  'good-practices/practice-post.card.json': [
    (t) =>
      practicePostCard({
        programme,
        practice: samplePractice({ status: 'published' }),
        languages: [languageOfT(t)],
        libraryUrl: 'https://tandem.example/tab/index.html',
      }),
    (t) =>
      practicePostCard({
        programme,
        practice: samplePractice({ status: 'published', credit: 'anonymous', link: undefined }),
        languages: [languageOfT(t)],
        libraryUrl: 'https://tandem.example/tab/index.html',
      }),
    // A channel's post: Tandem's words in both languages, the reader's first.
    (t) =>
      practicePostCard({
        programme,
        practice: samplePractice({ status: 'published', credit: 'anonymous' }),
        languages: languageOfT(t) === 'de' ? ['de', 'en'] : ['en', 'de'],
        libraryUrl: 'https://tandem.example/tab/index.html',
      }),
  ],
  // What replaces a channel post once its practice is withdrawn: for a person's language, and a channel's two.
  'good-practices/practice-withdrawn-post.card.json': [
    (t) => practiceWithdrawnPostCard([languageOfT(t)]),
    (t) => practiceWithdrawnPostCard(languageOfT(t) === 'de' ? ['de', 'en'] : ['en', 'de']),
  ],
  'good-practices/practice-published.card.json': [
    (t) => practicePublishedCard(t, typed('Copilot im Vorstand'), 'https://tandem.example/tab/index.html'),
  ],
};
