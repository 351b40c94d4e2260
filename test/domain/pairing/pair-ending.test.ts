import { endPair, type Pair } from '../../../bot/src/domain/pairing/pair';
import { isFormerParticipant, remainingPeople, withoutParticipant } from '../../../bot/src/domain/pairing/pair-ending';

const NOW = new Date('2027-04-01T09:00:00Z');
const pair: Pair = {
  programmeId: 'p',
  tenantId: 't',
  mentorId: 'anna',
  menteeId: 'bernd',
  score: 0.8,
  status: 'confirmed',
  createdAt: '2027-02-01T09:00:00.000Z',
  chatId: '19:chat',
  reasons: [{ code: 'different-departments', mentorDepartment: 'IT', menteeDepartment: 'Finanzen' }],
  momentum: {
    lastNudged: {},
    atRisk: { reason: 'repeated-changes', personId: 'bernd', since: '2027-03-01T09:00:00.000Z' },
  },
};

describe('a pair when one of its people leaves the programme', () => {
  test('an active pair ends because a participant left; nothing about that person is kept', () => {
    const kept = withoutParticipant(pair, 'bernd', 'x1', NOW)!;
    expect(kept).toMatchObject({
      status: 'ended',
      endCode: 'participant-left',
      endedAt: NOW.toISOString(),
      mentorId: 'anna',
      reasons: [],
    });
    expect(isFormerParticipant(kept.menteeId)).toBe(true);
    expect(JSON.stringify(kept)).not.toContain('bernd');
    expect(JSON.stringify(kept)).not.toContain('Finanzen');
    expect(kept.chatId).toBeUndefined();
    expect(remainingPeople(kept)).toEqual(['anna']);
  });

  test("a pair HR ended keeps its code but not HR's words, which may name the person", () => {
    const ended = endPair(pair, 'Bernd geht in Rente', NOW);
    if (!ended.ok) throw new Error('not ended');
    const kept = withoutParticipant(ended.value, 'anna', 'x2', NOW)!;
    expect(kept).toMatchObject({ status: 'ended', endCode: 'ended-by-hr', menteeId: 'bernd' });
    expect(kept.endReason).toBeUndefined();
  });

  test('a declined pair, or one whose other person has left too, is not kept', () => {
    expect(withoutParticipant({ ...pair, status: 'declined' }, 'bernd', 'x', NOW)).toBeUndefined();
    const once = withoutParticipant(pair, 'bernd', 'x', NOW)!;
    expect(withoutParticipant(once, 'anna', 'y', NOW)).toBeUndefined();
  });
});
