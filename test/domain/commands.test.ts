import {
  commandElsewhere,
  commandsFor,
  normaliseCommandText,
  plainText,
  recogniseCommand,
} from '../../bot/src/domain/commands';
import { languageOf } from '../../bot/src/domain/language';

describe('command recognition', () => {
  test.each([
    ['help', 'personal', 'help'],
    ['Hilfe', 'personal', 'help'],
    ['HELP!', 'personal', 'help'],
    ['/help', 'personal', 'help'],
    ['<at>Tandem</at> help', 'groupChat', 'help'],
    ['<at>Tandem</at>&nbsp;hilfe', 'channel', 'help'],
    ['<p><at>Tandem</at> help</p>', 'channel', 'help'],
    ['  help.  ', 'groupChat', 'help'],
    ['help me please', 'personal', undefined],
    ['', 'personal', undefined],
    ['helper', 'personal', undefined],
  ] as const)('%j in %s → %s', (text, scope, expected) => {
    expect(recogniseCommand(text, scope)).toBe(expected);
  });

  test('normalising keeps umlauts and lowercases them', () => {
    expect(normaliseCommandText('MEINE DATEN')).toBe('meine daten');
    expect(normaliseCommandText('Daten LÖSCHEN')).toBe('daten löschen');
  });

  test('plain text removes mentions and markup but keeps case', () => {
    expect(plainText('<at>Tandem</at> Wie geht <b>es</b>?')).toBe('Wie geht es ?');
  });

  test('a command typed where it does not apply says where it works', () => {
    expect(commandElsewhere('Umfrage', 'personal')).toEqual({ id: 'poll', scopes: ['groupChat'] });
    expect(commandElsewhere('<at>Tandem</at> match', 'groupChat')).toEqual({ id: 'match', scopes: ['personal'] });
    expect(commandElsewhere('poll', 'groupChat')).toBeUndefined();
    expect(commandElsewhere('weather', 'personal')).toBeUndefined();
  });

  test('every scope offers help', () => {
    for (const scope of ['personal', 'groupChat', 'channel'] as const) {
      expect(commandsFor(scope).map((c) => c.id)).toContain('help');
    }
  });
});

describe('language from Teams locale', () => {
  test.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['DE', 'de'],
    ['de_DE', 'de'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['dex', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});
