import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import type { SubjectCardMaker } from '../broadcasts/subject-cards';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { translator } from '../../i18n';
import template from './practice-post.card.json';
import { creditText, topicNames } from './practice-text';

/** What `practice-post.card.json` reads. */
export interface PracticePostCardData {
  kicker: string;
  title: string;
  text: string;
  facts: CardFact[];
  link: string;
  libraryUrl: string;
  labels: CardLabels;
}

/** A published practice as it is posted to a channel: title, text, topic and credit as chosen, the link, the library. */
export function practicePostCard(
  t: Translate,
  input: { programme: Programme; practice: GoodPractice; language: Language; libraryUrl: string },
): AdaptiveCardJson {
  const { practice } = input;
  return expandCard<PracticePostCardData>(template, {
    kicker: t('goodPractices.post.kicker'),
    title: asCardText(practice.title),
    text: asCardText(practice.text),
    facts: [
      { title: t('goodPractices.practice.topic'), value: topicNames(input.programme, practice, input.language) },
      { title: t('goodPractices.practice.sharedBy'), value: creditText(t, practice) },
    ],
    link: practice.link ?? '',
    libraryUrl: input.libraryUrl,
    labels: { link: t('goodPractices.practice.link'), library: t('goodPractices.notices.openLibrary') },
  });
}

/**
 * Draws the card of a `goodPractice` broadcast: the practice as it is now (a practice withdrawn
 * meanwhile is not posted). A channel is written in the programme's first language.
 */
export function practicePostMaker(deps: {
  posted(programmeId: string, practiceId: string): Promise<GoodPractice | undefined>;
  programme(tenantId: string, programmeId: string): Promise<Programme | undefined>;
  libraryUrl: string;
}): SubjectCardMaker {
  return {
    async cardFor(broadcast, reader) {
      const [practice, programme] = await Promise.all([
        deps.posted(broadcast.programmeId, broadcast.subject.id),
        deps.programme(broadcast.tenantId, broadcast.programmeId),
      ]);
      if (!practice || !programme) return undefined;
      const language = reader.languages.find((l) => programme.languages.includes(l)) ?? reader.languages[0] ?? 'en';
      return practicePostCard(translator(language), { programme, practice, language, libraryUrl: deps.libraryUrl });
    },
  };
}
