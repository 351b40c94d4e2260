import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import template from './programme-picker.card.json';

/** For people in several programmes: which one they mean. */
export function programmePickerCard(t: Translate, programmes: readonly Programme[]): AdaptiveCardJson {
  return expandCard(template, {
    title: t('onboarding.pick.title'),
    intro: t('onboarding.pick.intro'),
    programmes: programmes.map((programme) => ({ id: programme.id, name: programme.name })),
  });
}
