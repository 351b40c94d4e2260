import type { ChannelKind } from '../../domain/broadcasts';
import type { Programme } from '../../domain/programme/programme';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice } from '../cards/card-template';
import template from './channel-picker.card.json';

/** What `channel-picker.card.json` reads. */
export interface ChannelPickerCardData {
  question: string;
  programmeLabel: string;
  requiredMessage: string;
  /** The programme chosen at first. */
  selected: string;
  programmeChoices: CardChoice[];
  confirm: string;
  kind: ChannelKind;
}

/** An admin running several programmes picks which one a channel serves. */
export function channelPickerCard(t: Translate, programmes: readonly Programme[], kind: ChannelKind): AdaptiveCardJson {
  return expandCard<ChannelPickerCardData>(template, {
    question: t('news.channel.question'),
    programmeLabel: t('news.channel.programme'),
    requiredMessage: t('validation.required'),
    selected: programmes[0]?.id ?? '',
    programmeChoices: programmes.map((programme) => ({ title: programme.name, value: programme.id })),
    confirm: t('news.channel.confirm'),
    kind,
  });
}
