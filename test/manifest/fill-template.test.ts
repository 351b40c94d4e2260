import { fillPlaceholders, findPlaceholders, hasUnfilledMarker } from '../../manifest/src/fill-template';
import { escapeLoneBrackets, repairSchemaPatterns } from '../../manifest/src/schema-patterns';

describe('manifest templates', () => {
  const template = { id: '${{APP}}', urls: ['${{ HOST }}/a', '${{HOST}}/b'], n: 1, nested: { x: 'plain' } };

  it('finds every placeholder once', () => {
    expect(findPlaceholders(template)).toEqual(['APP', 'HOST']);
  });

  it('fills values without breaking JSON, even with quotes and backslashes', () => {
    const { value, missing } = fillPlaceholders(template, { APP: 'a"b\\c', HOST: 'https://h' });
    expect(missing).toEqual([]);
    expect(value).toEqual({ id: 'a"b\\c', urls: ['https://h/a', 'https://h/b'], n: 1, nested: { x: 'plain' } });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('reports placeholders without a value and leaves them visible', () => {
    const { value, missing } = fillPlaceholders(template, { APP: 'x' });
    expect(missing).toEqual(['HOST']);
    expect(hasUnfilledMarker(value)).toBe(true);
  });

  it('spots a malformed placeholder the pattern does not recognise', () => {
    expect(hasUnfilledMarker(fillPlaceholders({ a: '${{tab-endpoint}}' }, {}).value)).toBe(true);
  });
});

describe('schema pattern repair', () => {
  const broken = '^activities.activityTypes\\[\\b([0-9]|1[0-9])\\b]\\.description$';

  it('escapes a lone ] so the pattern compiles with the u flag and keeps its meaning', () => {
    const fixed = escapeLoneBrackets(broken);
    expect(() => new RegExp(broken, 'u')).toThrow();
    expect(new RegExp(fixed, 'u').test('activities.activityTypes[12].description')).toBe(true);
    expect(new RegExp(broken).test('activities.activityTypes[12].description')).toBe(true);
  });

  it('leaves valid patterns and character classes alone', () => {
    expect(escapeLoneBrackets('^[a-z\\]]+$')).toBe('^[a-z\\]]+$');
    const schema = { patternProperties: { [broken]: { type: 'string', pattern: '^[0-9]$' } } };
    expect(Object.keys(repairSchemaPatterns(schema).patternProperties)).toEqual([escapeLoneBrackets(broken)]);
  });
});
