/**
 * What Teams makes of the Markdown in a card's texts. Teams renders Markdown in `TextBlock`s,
 * fact titles and values and input labels; a link there that the bot did not write is a phishing
 * link on someone's card. The rules are CommonMark's (what the Adaptive Cards renderer runs with
 * markdown-it): a backslash before ASCII punctuation shows the character itself.
 */

/** A Markdown link `[text](url)` (or image), or an autolink `<https://…>`, neither bracket escaped: the target is captured. */
const LIVE_LINK = /(?<!\\)\[(?:[^\]\\]|\\.)*\]\(\s*([^\s)]*)|(?<!\\)<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi;

/** Every text of a card that Teams renders as Markdown. */
export function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    if (node.type === 'TextBlock' && typeof node.text === 'string') texts.push(node.text);
    if (node.type === 'FactSet' && Array.isArray(node.facts))
      for (const fact of node.facts as Array<Record<string, unknown>>)
        texts.push(String(fact.title), String(fact.value));
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.label === 'string')
      texts.push(node.label);
    Object.values(node).forEach(visit);
  };
  visit(card);
  return texts;
}

/** Where the live links in a card's texts lead (Markdown links, images and autolinks). */
export function liveLinksIn(card: unknown): string[] {
  return markdownTexts(card).flatMap((text) => [...text.matchAll(LIVE_LINK)].map((match) => match[1] ?? match[2]!));
}

/** A Markdown text as a reader sees it: backslash escapes gone. */
export function shownText(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** All of a card's Markdown texts as a reader sees them, joined. */
export function shownCardText(card: unknown): string {
  return markdownTexts(card).map(shownText).join('\n');
}
