import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardFact, type CardLabels } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './practice.card.json';
import { practiceFacts } from './practice-text';

/** What `practice.card.json` reads. */
export interface PracticeCardData {
  status: string;
  title: string;
  text: string;
  facts: CardFact[];
  link: string;
  canWithdraw: boolean;
  labels: CardLabels;
  programmeId: string;
  practiceId: string;
}

/** One practice as its author sees it (after sharing, after withdrawing): with a withdraw button while it may be withdrawn. */
export function practiceCard(
  t: Translate,
  input: { programme: Programme; practice: GoodPractice; language: Language; status?: string; viewerId: string },
): AdaptiveCardJson {
  const { practice } = input;
  const withdrawable = practice.status !== 'rejected' && practice.status !== 'withdrawn';
  return expandCard<PracticeCardData>(template, {
    status: input.status ?? '',
    title: asCardText(practice.title),
    text: asCardText(practice.text),
    facts: practiceFacts(t, input.programme, practice, input.language),
    link: practice.link ?? '',
    canWithdraw: withdrawable && practice.authorId === input.viewerId,
    labels: { link: t('goodPractices.practice.link'), withdraw: t('goodPractices.practice.withdraw') },
    programmeId: input.programme.id,
    practiceId: practice.id,
  });
}
