import path from 'node:path';
import { LANGUAGES } from '../../bot/src/domain/language';
import { translator } from '../../bot/src/i18n';
import { cardTemplates, RENDERINGS, TEAMS_DIR } from './support/card-renderings';
import { templateShape, type TemplateShape } from './support/template-fields';

/** Each `expandCard` call of a rendering: the template object and the view model it was given. */
const expansions: Array<{ template: object; data: object }> = [];

jest.mock('../../bot/src/teams/cards/card-template', () => {
  const actual = jest.requireActual<typeof import('../../bot/src/teams/cards/card-template')>(
    '../../bot/src/teams/cards/card-template',
  );
  return {
    ...actual,
    expandCard: (template: object, data: object) => {
      expansions.push({ template, data });
      return actual.expandCard<object>(template, data);
    },
  };
});

/** What went wrong comparing a view model with the template's shape, one line per problem, and the arrays with items. */
interface Comparison {
  problems: string[];
  filled: Set<string>;
}

function compare(shape: TemplateShape, data: unknown, at: string, result: Comparison): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    result.problems.push(`${at} is not an object`);
    return;
  }
  const record = data as Record<string, unknown>;
  for (const field of shape.fields)
    if (record[field] === undefined)
      result.problems.push(`${at}.${field} is read by the template but not in the view model`);
  for (const key of Object.keys(record))
    if (!shape.fields.has(key))
      result.problems.push(`${at}.${key} is in the view model but the template never reads it`);
  for (const [name, itemShape] of shape.arrays) {
    const items = record[name];
    if (!Array.isArray(items)) {
      result.problems.push(`${at}.${name} is repeated by the template but is not an array`);
      continue;
    }
    if (items.length > 0) result.filled.add(`${at}.${name}`);
    items.forEach((item) => compare(itemShape, item, `${at}.${name}[]`, result));
  }
}

/** Every repeated scope of a shape that reads fields, as `$root.a[].b`. */
function repeatedScopes(shape: TemplateShape, at = '$root'): string[] {
  return [...shape.arrays].flatMap(([name, item]) => [
    ...(item.fields.size > 0 ? [`${at}.${name}`] : []),
    ...repeatedScopes(item, `${at}.${name}[]`),
  ]);
}

describe('card data', () => {
  test('every card template has renderings', () => {
    expect(cardTemplates().sort()).toEqual(Object.keys(RENDERINGS).sort());
  });

  for (const [file, renderings] of Object.entries(RENDERINGS)) {
    test(`${file}: the view model has exactly the fields the template reads`, () => {
      const json = require(path.join(TEAMS_DIR, file)) as object; // the object the card module imported
      const shape = templateShape(json);
      const result: Comparison = { problems: [], filled: new Set() };
      for (const language of LANGUAGES) {
        for (const render of renderings) {
          expansions.length = 0;
          render(translator(language));
          const ours = expansions.filter((expansion) => expansion.template === json);
          expect(ours).toHaveLength(1);
          compare(shape, ours[0]!.data, '$root', result);
        }
      }
      expect([...new Set(result.problems)]).toEqual([]);
      // A repeated item is only checked if some rendering has one.
      expect(repeatedScopes(shape).filter((scope) => !result.filled.has(scope))).toEqual([]);
    });
  }

  test('the shape of a template: root fields, $data scopes, $root inside them, functions and literals', () => {
    const shape = templateShape({
      body: [
        { type: 'TextBlock', text: 'Meeting ${number} of ${target}', $when: "${notice != ''}" },
        {
          $data: '${pairs}',
          $when: '${canEnd}',
          text: "${line} ${if(flag, 'x', $root.none)}",
          items: [{ $data: '${needs}', text: '${text}' }],
        },
        { $when: '${count(items) > 0}', text: '${labels.save}' },
      ],
    });
    expect([...shape.fields].sort()).toEqual(['items', 'labels', 'none', 'notice', 'number', 'pairs', 'target']);
    expect([...shape.arrays.get('pairs')!.fields].sort()).toEqual(['canEnd', 'flag', 'line', 'needs']);
    expect([...shape.arrays.get('pairs')!.arrays.get('needs')!.fields]).toEqual(['text']);
  });

  test('drift is caught both ways: a field the template reads that is missing, and one nobody reads', () => {
    const shape = templateShape({ body: [{ text: '${title}' }, { $data: '${rows}', text: '${name}' }] });
    const result: Comparison = { problems: [], filled: new Set() };
    compare(shape, { titel: 'x', rows: [{ name: 'a' }, { nmae: 'b' }] }, '$root', result);
    expect(result.problems).toEqual([
      '$root.title is read by the template but not in the view model',
      '$root.titel is in the view model but the template never reads it',
      '$root.rows[].name is read by the template but not in the view model',
      '$root.rows[].nmae is in the view model but the template never reads it',
    ]);
  });
});
