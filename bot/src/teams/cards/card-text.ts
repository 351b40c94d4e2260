/**
 * Teams renders Markdown in a card's `TextBlock` and `FactSet` (and in plain text messages), so a goal
 * typed as `[Verify your account](https://evil.example)` would become a live link on someone
 * else's card. Every value a person typed (names, departments, goals, questions, learnings, HR's
 * names and titles) passes through {@link asCardText} where a view model or a message places it in
 * a text;
 * only HR's news text keeps its formatting on purpose. Form inputs (`value` of `Input.Text`),
 * links and ids take the raw value: they are not Markdown.
 */

// Characters that open inline Markdown anywhere in a line: emphasis, links and images (`[`),
// autolinks and HTML (`<`), code, strike-through, tables and the escape itself.
const INLINE = /[\\`*_[\]<>~|]/g;
// `&amp;`, `&#91;`: an entity would show as another character than the one typed.
const ENTITY = /&(?=#?\w+;)/g;
// Bullets, headings and setext underlines only count at the start of a line.
const LINE_START = /^([ \t]*)([-+=#])/gm;
// `1.` and `1)` at the start of a line begin a numbered list.
const NUMBERED = /^([ \t]*\d+)([.)])/gm;

/**
 * The text exactly as typed, escaped with backslashes so that Markdown renderers show it as it
 * is (CommonMark escapes any ASCII punctuation this way; checked against the Adaptive Cards
 * renderer with markdown-it, see docs/development.md).
 */
export function asCardText(text: string): string {
  return text.replace(INLINE, '\\$&').replace(ENTITY, '\\&').replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\$2');
}

/**
 * A Markdown link HR configured on purpose (programme materials): the title shows as typed, and
 * a parenthesis or space in the address cannot end the link early.
 */
export function cardLink(title: string, url: string): string {
  // encodeURIComponent leaves parentheses alone; Markdown would read `)` as the link's end.
  const address = url.replace(/[()\s<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
  return `[${asCardText(title)}](${address})`;
}
