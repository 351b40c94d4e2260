import { catalogues, translator } from '../../bot/src/i18n';
import { COMMANDS } from '../../bot/src/domain/commands';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const pathKey = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...flat, [pathKey]: value } : { ...flat, ...flatten(value, pathKey) };
  }, {});
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('string catalogues', () => {
  const en = flatten(catalogues.en as Tree);
  const de = flatten(catalogues.de as Tree);

  test('English and German have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  test('each string has the same placeholders in both languages', () => {
    for (const key of Object.keys(en))
      expect({ key, placeholders: placeholders(de[key]!) }).toEqual({ key, placeholders: placeholders(en[key]!) });
  });

  test('no string is empty, and German is not left in English', () => {
    for (const [key, text] of Object.entries(de)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
    // Strings made only of placeholders, punctuation and the product name read the same in both.
    const words = (text: string) =>
      text
        .replace(/\{\{\s*\w+\s*\}\}/g, '')
        .replace(/Tandem/g, '')
        .replace(/[^\p{L}]/gu, '');
    const untranslated = Object.keys(en).filter(
      (key) => en[key] === de[key] && en[key]!.length > 12 && words(en[key]!).length > 6,
    );
    expect(untranslated).toEqual([]);
  });

  test('files are UTF-8 with umlauts intact (no mojibake)', () => {
    const german = readFileSync(path.join(__dirname, '../../bot/src/i18n/de.json'), 'utf8');
    expect(german).toMatch(/[äöüÄÖÜß]/);
    expect(german).not.toMatch(/Ã[¤¶¼„–œŸ]/);
  });

  test('every command has a word and a description in both languages', () => {
    for (const command of COMMANDS) {
      for (const language of ['en', 'de'] as const) {
        const t = translator(language);
        expect(t(`commands.${command.id}.word`)).not.toBe(`commands.${command.id}.word`);
        expect(t(`commands.${command.id}.description`)).not.toBe(`commands.${command.id}.description`);
      }
    }
  });

  test('the German word for each command is one the bot understands', () => {
    for (const command of COMMANDS) {
      expect(command.words).toContain(translator('de')(`commands.${command.id}.word`));
      expect(command.words).toContain(translator('en')(`commands.${command.id}.word`));
    }
  });
});
