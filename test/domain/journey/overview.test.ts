import { programmeOverview } from '../../../bot/src/domain/journey/programme-overview';
import type { Pair } from '../../../bot/src/domain/pairing/pair';
import { aHeldMeeting, MENTEE, MENTOR } from '../meetings/support/meetings';
import { NOW, programme, pair, held, planned, cancelled } from './support/journey-fixtures';

describe("HR's programme overview", () => {
  const row = (overrides: Partial<Pair>, meetings = [held, planned], mentee = 'Bernd') => ({
    pair: { ...pair, ...overrides },
    pairId: `${MENTOR}~${mentee}`,
    mentorName: 'Anna',
    menteeName: mentee,
    meetings,
  });
  test.each([
    ['on track', row({}), []],
    ['waiting for the mentee', row({ status: 'awaiting-confirmation' }, []), ['awaiting-confirmation']],
    ['no chat and no meeting, two months in', row({ chatId: undefined }, []), ['no-chat', 'no-meeting-yet', 'quiet']],
    [
      'quiet: last held long ago and nothing planned',
      row({}, [aHeldMeeting('h0', '2027-02-20T09:00:00.000Z')]),
      ['quiet'],
    ],
    [
      'flagged at risk by the momentum guard',
      row(
        {
          momentum: {
            lastNudged: {},
            atRisk: { reason: 'repeated-changes', personId: MENTEE, since: '2027-03-30T00:00:00Z' },
          },
        },
        [held, planned, cancelled],
      ),
      ['at-risk'],
    ],
  ])('%s', (_label, input, flags) => {
    expect(programmeOverview(programme, [input], NOW).pairs[0]!.flags).toEqual(flags);
  });

  test('behind: in June, one meeting held where three or four were due', () => {
    expect(
      programmeOverview(
        programme,
        [row({}, [held, { ...planned, startsAt: '2027-06-20T08:00:00.000Z' }])],
        new Date('2027-06-10T08:00:00Z'),
      ).pairs[0]!.flags,
    ).toEqual(['behind']);
  });

  test('ended pairs are left out; pairs needing attention come first; counts per pair', () => {
    const overview = programmeOverview(
      programme,
      [row({}, [held, planned], 'Anton'), row({ status: 'ended' }, [], 'Zed'), row({ chatId: undefined }, [], 'Berta')],
      NOW,
    );
    expect(overview.pairs.map((p) => p.mentee)).toEqual(['Berta', 'Anton']);
    expect(overview.pairs[1]).toMatchObject({
      held: 1,
      planned: 1,
      target: 6,
      lastMeetingAt: held.startsAt,
      nextMeetingAt: planned.startsAt,
    });
  });
});
