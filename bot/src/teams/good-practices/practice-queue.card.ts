import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n';
import type { CurationQueue } from '../../services/good-practices/practice-curation-service';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './practice-queue.card.json';
import { practiceFacts } from './practice-text';

/** What `practice-queue.card.json` reads. */
export interface PracticeQueueCardData {
  title: string;
  intro: string;
  pageLine: string;
  items: Array<{ id: string; title: string; text: string; facts: CardFact[]; buttonLabel: string }>;
  labels: CardLabels;
  programmeId: string;
  hasPrevious: boolean;
  hasNext: boolean;
  previousPage: string;
  nextPage: string;
}

/** HR's curation queue, one page: each practice with its text, topic, meeting, credit and a button to review or publish it. */
export function practiceQueueCard(t: Translate, queue: CurationQueue, language: Language): AdaptiveCardJson {
  const { programme } = queue;
  return expandCard<PracticeQueueCardData>(template, {
    title: t('goodPractices.queue.title', { programme: asCardText(programme.name) }),
    intro: t('goodPractices.queue.intro'),
    pageLine:
      queue.total === 0
        ? t('goodPractices.queue.empty')
        : t('goodPractices.queue.page', { page: queue.page + 1, pages: queue.pages, count: queue.total }),
    items: queue.items.map((practice) => ({
      id: practice.id,
      title: asCardText(practice.title),
      text: asCardText(practice.text),
      facts: practiceFacts(t, programme, practice, language),
      buttonLabel: t(practice.status === 'approved' ? 'goodPractices.queue.publish' : 'goodPractices.queue.review'),
    })),
    labels: { previous: t('goodPractices.queue.previous'), next: t('goodPractices.queue.next') },
    programmeId: programme.id,
    hasPrevious: queue.page > 0,
    hasNext: queue.page + 1 < queue.pages,
    previousPage: String(queue.page - 1),
    nextPage: String(queue.page + 1),
  });
}
