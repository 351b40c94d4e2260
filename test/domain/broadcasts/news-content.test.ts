import { parseNewsDraft, versionsFor } from '../../../bot/src/domain/broadcasts';

const programmeId = '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69';
const english = {
  programmeId,
  language: 'en',
  titleEn: 'Kick-off',
  textEn: 'We start **today**.',
  audience: 'participants',
};

describe('composing news', () => {
  test('an English piece for all participants', () => {
    const parsed = parseNewsDraft({ ...english, author: 'Dr. Maria Schulz, CEO' });
    expect(parsed).toEqual({
      ok: true,
      value: {
        programmeId,
        audience: ['participants'],
        content: {
          language: 'en',
          versions: { en: { title: 'Kick-off', text: 'We start **today**.' } },
          author: 'Dr. Maria Schulz, CEO',
          imageUrl: undefined,
        },
      },
    });
  });

  test('both languages need both versions; a combined audience is kept once each', () => {
    const parsed = parseNewsDraft({
      ...english,
      language: 'both',
      titleDe: 'Auftakt',
      textDe: 'Wir beginnen heute.',
      audience: 'channel,mentors,mentors',
    });
    expect(parsed.ok && parsed.value.content.versions).toEqual({
      en: { title: 'Kick-off', text: 'We start **today**.' },
      de: { title: 'Auftakt', text: 'Wir beginnen heute.' },
    });
    expect(parsed.ok && parsed.value.audience).toEqual(['channel', 'mentors']);
  });

  test.each([
    [
      'missing title and text',
      { ...english, titleEn: ' ', textEn: '' },
      [
        { field: 'titleEn', code: 'required' },
        { field: 'textEn', code: 'required' },
      ],
    ],
    [
      'German chosen, German version missing',
      { ...english, language: 'de' },
      [
        { field: 'titleDe', code: 'required' },
        { field: 'textDe', code: 'required' },
      ],
    ],
    [
      'image not https',
      { ...english, imageUrl: 'http://contoso.com/a.png' },
      [{ field: 'imageUrl', code: 'not-https' }],
    ],
    ['image not a URL', { ...english, imageUrl: 'javascript:alert(1)' }, [{ field: 'imageUrl', code: 'not-https' }]],
    [
      'bad button URL',
      { ...english, buttonLabel: 'Open', buttonUrl: 'ftp://x' },
      [{ field: 'buttonUrl', code: 'invalid' }],
    ],
    ['button label without URL', { ...english, buttonLabel: 'Open' }, [{ field: 'buttonUrl', code: 'required' }]],
    [
      'button URL without label',
      { ...english, buttonUrl: 'https://contoso.com' },
      [{ field: 'buttonLabel', code: 'required' }],
    ],
    ['over-long text', { ...english, textEn: 'x'.repeat(4001) }, [{ field: 'textEn', code: 'too-long', limit: 4000 }]],
    [
      'every problem at once',
      { ...english, language: 'both', textEn: 'x'.repeat(4001), imageUrl: 'http://a.example' },
      [
        { field: 'textEn', code: 'too-long', limit: 4000 },
        { field: 'imageUrl', code: 'not-https' },
        { field: 'titleDe', code: 'required' },
        { field: 'textDe', code: 'required' },
      ],
    ],
    ['no audience', { ...english, audience: '' }, [{ field: 'audience', code: 'required' }]],
    ['unknown audience', { ...english, audience: 'everyone' }, [{ field: 'audience', code: 'invalid' }]],
  ])('%s comes back with the fields marked', (_name, input, issues) => {
    expect(parseNewsDraft(input)).toEqual({ ok: false, reason: 'invalid-input', issues });
  });

  test('each reader gets their language when the news has it; a channel gets every version', () => {
    const both = {
      language: 'both' as const,
      versions: { en: { title: 'a', text: 'b' }, de: { title: 'c', text: 'd' } },
    };
    const german = { language: 'de' as const, versions: { de: { title: 'c', text: 'd' } } };
    expect(versionsFor(both, 'en')).toEqual(['en']);
    expect(versionsFor(both, 'de')).toEqual(['de']);
    expect(versionsFor(both, 'all')).toEqual(['de', 'en']);
    expect(versionsFor(german, 'en')).toEqual(['de']);
  });
});
