import { cleanTypedText, linkProblem, typedText } from '../../bot/src/domain/text';

describe('typed text', () => {
  test.each([
    ['NUL, BEL, ESC, backspace and DEL go', 'a\u0000b\u0007c\u001bd\u0008e\u007f', {}, 'abcde'],
    ['C1 controls go', 'a\u0085b\u009bc', {}, 'abc'],
    ['direction overrides and isolates go', '\u202eabc\u202c \u2066x\u2069', {}, 'abc x'],
    ['a single-line field turns tabs and line breaks into spaces', 'a\tb\r\nc\nd', {}, 'a b c d'],
    ['a multi-line field keeps them (CRLF as LF)', 'a\tb\r\nc\nd', { multiLine: true }, 'a\tb\nc\nd'],
    ['umlauts, emoji and ordinary punctuation stay', 'Köln – ß ✓ (R&D)', {}, 'Köln – ß ✓ (R&D)'],
  ])('%s', (_name, typed, options, clean) => {
    expect(cleanTypedText(typed, options)).toBe(clean);
  });

  test('the schema cleans before it trims and counts', () => {
    expect(typedText(3, { min: 1 }).safeParse('\u0000 ab\u0007 ').data).toBe('ab');
    expect(typedText(3, { min: 1 }).safeParse('\u0000\u202e').success).toBe(false);
  });
});

describe('links people paste', () => {
  test.each([
    ['https://teams.microsoft.com/l/meetup-join/19%3a', ['https:'], undefined],
    ['  https://contoso.example/a  ', ['https:'], undefined],
    ['https://contoso.example/a b', ['https:'], 'link-characters'],
    ['https://contoso.example/a\tb', ['https:'], 'link-characters'],
    ['https://conto\u0000so.example', ['https:'], 'link-characters'],
    ['https://contoso.example/\u202egnp.exe', ['https:'], 'link-characters'],
    ['https://contoso.example/\u200b', ['https:'], 'link-characters'],
    ['http://contoso.example', ['https:'], 'not-https'],
    ['contoso', ['https:'], 'not-https'],
    ['http://contoso.example', ['https:', 'http:'], undefined],
    ['mailto:a@b.example', ['https:', 'http:'], 'invalid'],
  ] as const)('%j with %j: %s', (link, protocols, problem) => {
    expect(linkProblem(link, protocols)).toBe(problem);
  });
});
