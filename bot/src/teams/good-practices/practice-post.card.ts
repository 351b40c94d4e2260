import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import type { SubjectCardMaker } from '../broadcasts/subject-cards';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { labelInLanguages } from '../readers-languages';
import template from './practice-post.card.json';
import withdrawnTemplate from './practice-withdrawn-post.card.json';
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

/**
 * A published practice as it is posted: title, text, topic and credit as chosen, the link, the
 * library. The author's words stay as written; Tandem's own words come in each of `languages`
 * (a person's one; a channel's both, the programme's first language first), as news posts do.
 */
export function practicePostCard(input: {
  programme: Programme;
  practice: GoodPractice;
  languages: readonly Language[];
  libraryUrl: string;
}): AdaptiveCardJson {
  const { practice, programme, languages } = input;
  const label = (key: Parameters<Translate>[0]) => labelInLanguages(languages, (t) => t(key));
  return expandCard<PracticePostCardData>(template, {
    kicker: label('goodPractices.post.kicker'),
    title: asCardText(practice.title),
    text: asCardText(practice.text),
    facts: [
      {
        title: label('goodPractices.practice.topic'),
        value: labelInLanguages(languages, (_, language) => topicNames(programme, practice, language)),
      },
      {
        title: label('goodPractices.practice.sharedBy'),
        value: labelInLanguages(languages, (t) => creditText(t, practice)),
      },
    ],
    link: practice.link ?? '',
    libraryUrl: input.libraryUrl,
    labels: { link: label('goodPractices.practice.link'), library: label('goodPractices.notices.openLibrary') },
  });
}

/**
 * Draws the card of a `goodPractice` broadcast: the practice as it is now (a practice withdrawn
 * meanwhile is not posted), for a channel in every language, the programme's first language first.
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
      return practicePostCard({
        programme,
        practice,
        languages: channelLanguages(programme, reader.languages),
        libraryUrl: deps.libraryUrl,
      });
    },
  };
}

/** What `practice-withdrawn-post.card.json` reads. */
export interface PracticeWithdrawnPostCardData {
  kicker: string;
  text: string;
}

/** What takes a withdrawn (or deleted) practice's place in a channel: nothing of the practice, only that it was withdrawn. */
export function practiceWithdrawnPostCard(languages: readonly Language[]): AdaptiveCardJson {
  return expandCard<PracticeWithdrawnPostCardData>(withdrawnTemplate, {
    kicker: labelInLanguages(languages, (t) => t('goodPractices.post.kicker')),
    text: labelInLanguages(languages, (t) => t('goodPractices.post.withdrawn')),
  });
}

/** The readers' languages (a person's one, a channel's every language), the programme's first among them. */
export function channelLanguages(programme: Pick<Programme, 'languages'>, readers: readonly Language[]): Language[] {
  return [...new Set([...programme.languages, ...readers])].filter((language) => readers.includes(language));
}
