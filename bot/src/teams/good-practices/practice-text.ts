import { creditOf, type GoodPractice } from '../../domain/good-practices/good-practice';
import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { Translate } from '../../i18n';
import type { CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';

/** "a mentor", "a mentee", "the programme team", or the author's name (typed text, escaped). */
export function creditText(t: Translate, practice: GoodPractice): string {
  const credit = creditOf(practice);
  return credit.kind === 'named' ? asCardText(credit.name) : t(`goodPractices.credit.${credit.role}`);
}

/** The practice's topics in the reader's language (HR's names are typed text: escaped). */
export function topicNames(programme: Programme, practice: GoodPractice, language: Language): string {
  return practice.topics
    .map((key) => asCardText(programme.topics.find((topic) => topic.key === key)?.names[language] ?? key))
    .join(', ');
}

/** The catalogue's open topics as choices (choice titles are plain text, not Markdown). */
export function topicChoices(programme: Programme, language: Language): Array<{ key: string; name: string }> {
  return activeTopics(programme.topics).map((topic) => ({ key: topic.key, name: topic.names[language] }));
}

/** Topic, meeting, credit and state of a practice, as a card's facts. */
export function practiceFacts(
  t: Translate,
  programme: Programme,
  practice: GoodPractice,
  language: Language,
): CardFact[] {
  return [
    { title: t('goodPractices.practice.topic'), value: topicNames(programme, practice, language) },
    ...(practice.meetingNumber
      ? [{ title: '', value: t('goodPractices.practice.meeting', { number: practice.meetingNumber }) }]
      : []),
    { title: t('goodPractices.practice.sharedBy'), value: creditText(t, practice) },
    { title: t('goodPractices.practice.status'), value: t(`goodPractices.practice.statuses.${practice.status}`) },
  ];
}
