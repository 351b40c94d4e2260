import type { Language } from '../../domain/language';
import type { NewsContent } from '../../domain/broadcasts';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import template from './news.card.json';

/** What `news.card.json` reads; empty strings hide the image, author line and button. */
export interface NewsCardData {
  imageUrl: string;
  imageAlt: string;
  versions: Array<{ title: string; text: string; separator: boolean }>;
  author: string;
  buttonUrl: string;
  buttonLabel: string;
}

/**
 * The news exactly as recipients see it: the image, each version they get (one for a person,
 * every version for a channel), the author line and the button. The preview uses this too.
 */
export function newsCard(content: NewsContent, versions: readonly Language[]): AdaptiveCardJson {
  const shown = versions.flatMap((language, index) => {
    const version = content.versions[language];
    return version ? [{ ...version, separator: index > 0 }] : [];
  });
  return expandCard<NewsCardData>(template, {
    imageUrl: content.imageUrl ?? '',
    imageAlt: shown[0]?.title ?? '',
    versions: shown,
    author: content.author ?? '',
    buttonUrl: content.button?.url ?? '',
    buttonLabel: content.button?.label ?? '',
  });
}
