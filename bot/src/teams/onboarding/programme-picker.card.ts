import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import template from './programme-picker.card.json';

/** What `programme-picker.card.json` reads. */
export interface ProgrammePickerCardData {
  title: string;
  intro: string;
  programmes: Array<{ id: string; name: string }>;
}

/** For people in several programmes: which one they mean. */
export function programmePickerCard(t: Translate, programmes: readonly Programme[]): AdaptiveCardJson {
  return expandCard<ProgrammePickerCardData>(template, {
    title: t('onboarding.pick.title'),
    intro: t('onboarding.pick.intro'),
    programmes: programmes.map((programme) => ({ id: programme.id, name: programme.name })),
  });
}
