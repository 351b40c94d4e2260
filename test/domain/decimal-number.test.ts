import { decimalCommaToNumber, parseDecimal, splitNumberList } from '../../bot/src/domain/decimal-number';

describe('numbers as people type them', () => {
  it.each([
    ['0,5', 0.5],
    ['0.5', 0.5],
    [' 24 ', 24],
    [',25', 0.25],
    ['1,2,3', undefined],
    ['1.2,3', undefined],
    ['-1', undefined],
    ['', undefined],
    ['eins', undefined],
  ])('%p reads as %p', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each([
    ['24; 0,5', ['24', '0,5']],
    ['24;0.5', ['24', '0.5']],
    ['24, 1', ['24', '1']], // the form's old separator: a comma followed by a space
    ['24, 0,5', ['24', '0,5']],
    ['24,5', ['24,5']], // a comma between digits is a decimal comma
    [' ; ', []],
  ])('the list %p has the items %p', (text, items) => {
    expect(splitNumberList(text)).toEqual(items);
  });

  it('turns a card value with a decimal comma into a number and leaves everything else for the schema', () => {
    expect(decimalCommaToNumber('6,0')).toBe(6);
    expect(decimalCommaToNumber('six')).toBe('six');
    expect(decimalCommaToNumber('')).toBe('');
    expect(decimalCommaToNumber(3)).toBe(3);
  });
});
