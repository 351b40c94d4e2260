import type { Meeting } from '../../domain/meetings';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { Programme } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './topic-change.card.json';

/** What `topic-change.card.json` reads. */
export interface TopicChangeCardData {
  title: string;
  notice: string;
  current: string;
  currentKey: string;
  topics: Array<{ key: string; title: string }>;
  labels: CardLabels;
  programmeId: string;
  pairId: string;
  meetingId: string;
}

/** The form behind "Change topic" on the meeting card: a catalogue topic or one's own words. */
export function topicChangeCard(
  t: Translate,
  input: { meeting: Meeting; programme: Programme; notice?: string },
): AdaptiveCardJson {
  const language = languageOfTranslate(t);
  const { meeting } = input;
  return expandCard<TopicChangeCardData>(template, {
    title: t('polls.change.title', { number: meeting.number }),
    notice: input.notice ?? '',
    current: meeting.agenda
      ? t('polls.change.current', { topic: asCardText(meeting.agenda.titles[language]) })
      : t('polls.change.none'),
    currentKey: meeting.agenda?.topicKey ?? '',
    topics: activeTopics(input.programme.topics).map((topic) => ({ key: topic.key, title: topic.names[language] })),
    labels: t('polls.change', { returnObjects: true }),
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
  });
}
