import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import template from './welcome.card.json';

/** What `welcome.card.json` reads. */
export interface WelcomeCardData {
  title: string;
  intro: string;
  next: string;
  helpButton: string;
}

/** The card a person gets when they install Tandem in their personal chat. */
export function welcomeCard(t: Translate): AdaptiveCardJson {
  return expandCard<WelcomeCardData>(template, {
    title: t('welcome.title'),
    intro: t('welcome.intro'),
    next: t('welcome.next'),
    helpButton: t('welcome.helpButton'),
  });
}
