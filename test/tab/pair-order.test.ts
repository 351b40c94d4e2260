import type { OverviewPair } from '../../bot/src/domain/journey/programme-overview';
import { filterPairs, flagsPresent, sortPairs, type PairSort } from '../../tab/src/overview/pair-order';

const pair = (pairId: string, mentee: string, held: number, extra: Partial<OverviewPair> = {}): OverviewPair => ({
  pairId,
  mentor: 'Mentor',
  mentee,
  status: 'confirmed',
  held,
  planned: 0,
  target: 6,
  flags: [],
  ...extra,
});

// In the server's order: those needing attention first.
const pairs = [
  pair('p1', 'Öztürk', 0, { flags: ['no-chat', 'no-meeting-yet'] }),
  pair('p2', 'Zimmer', 3, { lastMeetingAt: '2027-03-09T10:00:00Z', nextMeetingAt: '2027-03-23T10:00:00Z' }),
  pair('p3', 'Adler', 1, { lastMeetingAt: '2027-02-09T10:00:00Z', flags: ['behind'] }),
];
const ids = (list: OverviewPair[]) => list.map((p) => p.pairId);

describe("the order and filter of HR's Pairs table", () => {
  test.each<[PairSort | undefined, string, string[]]>([
    [undefined, 'en', ['p1', 'p2', 'p3']],
    [{ column: 'held', direction: 'ascending' }, 'en', ['p1', 'p3', 'p2']],
    [{ column: 'held', direction: 'descending' }, 'en', ['p2', 'p3', 'p1']],
    // German collation puts Ö with O, before Z.
    [{ column: 'pair', direction: 'ascending' }, 'de', ['p3', 'p1', 'p2']],
    [{ column: 'pair', direction: 'descending' }, 'de', ['p2', 'p1', 'p3']],
    // A pair with no meeting yet goes last, whichever way the dates run.
    [{ column: 'last', direction: 'ascending' }, 'en', ['p3', 'p2', 'p1']],
    [{ column: 'last', direction: 'descending' }, 'en', ['p2', 'p3', 'p1']],
    [{ column: 'next', direction: 'descending' }, 'en', ['p2', 'p1', 'p3']],
  ])('sorted by %j in %s', (sort, locale, expected) => {
    expect(ids(sortPairs(pairs, sort, locale))).toEqual(expected);
  });

  test('the filter keeps only the pairs with the flag, and offers only flags that occur, in badge order', () => {
    expect(ids(filterPairs(pairs, 'all'))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(filterPairs(pairs, 'behind'))).toEqual(['p3']);
    expect(filterPairs(pairs, 'quiet')).toEqual([]);
    expect(flagsPresent(pairs)).toEqual(['no-chat', 'no-meeting-yet', 'behind']);
  });
});
