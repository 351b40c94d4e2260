import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { Verbs } from '../verbs';
import template from './practice-programmes.card.json';

/** What `practice-programmes.card.json` reads. */
export interface PracticeProgrammesCardData {
  title: string;
  verb: string;
  programmes: Array<{ id: string; name: string }>;
}

/** For people in several programmes: which one they share in, or curate (button titles are plain text). */
export function practiceProgrammesCard(
  t: Translate,
  programmes: readonly Programme[],
  verb: typeof Verbs.openPracticeForm | typeof Verbs.showPracticeQueue,
): AdaptiveCardJson {
  return expandCard<PracticeProgrammesCardData>(template, {
    title: t('goodPractices.pickProgramme'),
    verb,
    programmes: programmes.map((programme) => ({ id: programme.id, name: programme.name })),
  });
}
