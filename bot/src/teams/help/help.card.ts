import { commandsFor } from '../../domain/commands';
import type { ConversationScope } from '../../domain/conversation-scope';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import template from './help.card.json';

/** What `help.card.json` reads. */
export interface HelpCardData {
  title: string;
  intro: string;
  commands: Array<{ word: string; description: string }>;
  more: string;
}

/** Lists the commands available in this scope, in the reader's language. */
export function helpCard(t: Translate, scope: ConversationScope): AdaptiveCardJson {
  return expandCard<HelpCardData>(template, {
    title: t('help.title'),
    intro: t('help.intro'),
    commands: commandsFor(scope).map((command) => ({
      word: t(`commands.${command.id}.word`),
      description: t(`commands.${command.id}.description`),
    })),
    more: t('help.more'),
  });
}
