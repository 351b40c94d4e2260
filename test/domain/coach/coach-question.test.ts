import {
  answerQuestion,
  emailKey,
  messageText,
  newQuestion,
  type CoachQuestion,
} from '../../../bot/src/domain/coach/coach-question';

const NOW = new Date('2027-02-01T09:00:00Z');
const asked = (coachId?: string): CoachQuestion =>
  newQuestion(
    { tenantId: 't', programmeId: 'p', questionId: 'q', mentorId: 'm', coachEmail: 'c@x', coachId, text: 'Wie?' },
    NOW,
  );

describe('a question to the coach', () => {
  test.each([
    ['  Wie geht das?  ', { ok: true, value: 'Wie geht das?' }],
    ['Zeile 1\r\nZeile 2\twith a tab', { ok: true, value: 'Zeile 1\nZeile 2\twith a tab' }],
    ['', { ok: false, reason: 'empty' }],
    [' \n ', { ok: false, reason: 'empty' }],
    [42, { ok: false, reason: 'empty' }],
    ['a'.repeat(41), { ok: false, reason: 'too-long' }],
    ['bell\u0007', { ok: false, reason: 'control-characters' }],
    ['evil\u202Etxt.exe', { ok: false, reason: 'control-characters' }],
  ])('the text %j reads as %j', (typed, expected) => {
    expect(messageText(typed, 40)).toEqual(expected);
  });

  test('is sent when the coach is known, otherwise kept as not delivered', () => {
    expect(asked('c1')).toEqual(expect.objectContaining({ status: 'sent', askedAt: NOW.toISOString() }));
    expect(asked()).toEqual(expect.objectContaining({ status: 'not-delivered' }));
  });

  test('only the coach it went to answers, and only once', () => {
    expect(answerQuestion(asked('c1'), 'someone-else', 'Hi', NOW)).toEqual({ ok: false, reason: 'not-the-coach' });
    expect(answerQuestion(asked(), 'c1', 'Hi', NOW)).toEqual({ ok: false, reason: 'not-the-coach' });
    const once = answerQuestion(asked('c1'), 'c1', 'So.', NOW);
    expect(once).toEqual({
      ok: true,
      value: expect.objectContaining({ status: 'answered', answer: 'So.', answeredAt: NOW.toISOString() }),
    });
    if (!once.ok) throw new Error();
    expect(answerQuestion(once.value, 'c1', 'Again', NOW)).toEqual({ ok: false, reason: 'already-answered' });
  });

  test('addresses are compared without case or surrounding spaces', () => {
    expect(emailKey(' Clara.Coach@Contoso.com ')).toBe('clara.coach@contoso.com');
  });
});
