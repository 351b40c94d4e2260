import { asCardText, cardLink } from '../../bot/src/teams/cards/card-text';
import { liveLinksIn, shownText } from '../harness/card-markdown';

const textBlock = (text: string) => ({ type: 'TextBlock', text });

// What people type that Markdown would turn into something else. Each was rendered, escaped,
// with the Adaptive Cards renderer and markdown-it: no link, no formatting, the same text.
const TYPED = [
  '[Verify your Teams account](https://evil.example/login)',
  '**bold** and _italic_ and *x*',
  '- item\n- item2\n1. one\n2) two',
  '# Heading\n> quote\n---',
  '<https://evil.example> and ![img](https://evil.example/x.png)',
  'R&D &amp; &#91;x&#93;(https://evil.example)',
  'back\\slash \\[not\\](https://evil.example) `code` ~~strike~~ a|b',
  'Müller-Lüdenscheid, 9. März 2027, C++, snake_case, 50% (approx.)',
  '   - indented list\n=====',
];

describe('typed text on cards', () => {
  test.each(TYPED)('%j reads as typed and links nowhere', (typed) => {
    const escaped = asCardText(typed);
    expect(shownText(escaped)).toBe(typed);
    expect(liveLinksIn(textBlock(escaped))).toEqual([]);
    // Every character Markdown acts on is escaped; `-`, `#` and `1.` act only at a line's start.
    expect(escaped).not.toMatch(/(?<!\\)[`*_[\]<>~|]|^\s*(?:[-+=#]|\d+[.)])|(?<!\\)&#?\w+;/m);
  });

  test('plain words stay as they are', () => {
    expect(asCardText('Bernd Köhler, Finanzen (Köln)')).toBe('Bernd Köhler, Finanzen (Köln)');
  });

  test("HR's material is a link with its title as typed, and a parenthesis cannot end the address early", () => {
    const link = cardLink('KI [Basics]', 'https://contoso.example/a (b)');
    expect(link).toBe('[KI \\[Basics\\]](https://contoso.example/a%20%28b%29)');
    expect(liveLinksIn(textBlock(link))).toEqual(['https://contoso.example/a%20%28b%29']);
  });
});
