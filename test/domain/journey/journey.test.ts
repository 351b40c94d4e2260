import { setTopicRetired } from '../../../bot/src/domain/programme/programme-changes';
import { aHeldMeeting, MENTEE, MENTOR } from '../meetings/support/meetings';
import { programme, held, planned, feedback, openPoll, journey } from './support/journey-fixtures';

describe('the journey of a pair', () => {
  test('progress counts held and planned meetings against the target; cancelled ones do not count', () => {
    expect(journey().meetings).toEqual({ held: 1, planned: 1, target: 6, toSchedule: 4 });
  });

  test("the timeline: held with the viewer's rating, planned with the join link, then suggested slots up to the target on a shared slot", () => {
    const timeline = journey({ feedback: [feedback(MENTOR, { rating: 2 }), feedback(MENTEE, { rating: 4 })] }).timeline;
    expect(timeline.map((e) => [e.number, e.kind])).toEqual([
      [1, 'held'],
      [2, 'planned'],
      [3, 'suggested'],
      [4, 'suggested'],
      [5, 'suggested'],
      [6, 'suggested'],
    ]);
    expect(timeline[0]).toMatchObject({
      topicKey: 'artificial-intelligence',
      rating: 4,
      local: { date: '2027-03-09', time: '10:00', timeZone: 'Europe/Berlin' },
    });
    expect(timeline[0]!.meetingLink).toBeUndefined();
    expect(timeline[1]).toMatchObject({ topicKey: 'big-data', local: { date: '2027-04-06', time: '10:00' } });
    expect(timeline[1]!.meetingLink).toContain('https://teams.microsoft.com/l/meeting/new?');
    const suggested = timeline.filter((e) => e.kind === 'suggested');
    // Tuesday mornings (the first slot both marked), at 09:00 on the viewer's clock, before the end.
    expect(
      suggested.every(
        (e) =>
          e.local.time === '09:00' &&
          new Date(`${e.local.date}T00:00:00Z`).getUTCDay() === 2 &&
          e.local.date <= '2027-08-01',
      ),
    ).toBe(true);
    expect(suggested.map((e) => e.startsAt)).toEqual([...suggested.map((e) => e.startsAt)].sort());
  });

  test('a planned meeting with a pasted join link offers that link instead of the new-meeting form', () => {
    const joined = journey({
      meetings: [held, { ...planned, joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' }],
    }).timeline[1]!;
    expect(joined).toMatchObject({ joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' });
    expect(joined.meetingLink).toBeUndefined();
  });

  test("an agenda in the pair's own words shows in the viewer's language", () => {
    const own = {
      ...planned,
      agenda: {
        titles: { en: 'My LinkedIn profile', de: 'Mein LinkedIn-Profil' },
        setBy: MENTEE,
        at: '2027-03-01T08:00:00.000Z',
      },
    };
    expect(journey({ meetings: [held, own] }).timeline[1]).toMatchObject({
      kind: 'planned',
      ownTopic: 'Mein LinkedIn-Profil',
    });
    expect(journey({ meetings: [held, own], language: 'en' }).timeline[1]!.topicKey).toBeUndefined();
    expect(journey({ meetings: [held, own], language: 'en' }).timeline[1]!.ownTopic).toBe('My LinkedIn profile');
  });

  test("times are on the viewer's own clock: the mentor reads London time", () => {
    expect(journey({ viewer: 'mentor', viewerId: MENTOR }).timeline[0]!.local).toEqual({
      date: '2027-03-09',
      time: '09:00',
      timeZone: 'Europe/London',
    });
  });

  test('the topic map: discussed, planned, wanted by the mentee, open; custom and retired-but-discussed topics included', () => {
    const retired = setTopicRetired(programme, 'artificial-intelligence', true);
    if (!retired.ok) throw new Error('retire');
    const states = (j: ReturnType<typeof journey>) => Object.fromEntries(j.topics.map((t) => [t.key, t.state]));
    expect(states(journey())).toMatchObject({
      'artificial-intelligence': 'discussed',
      'big-data': 'planned',
      'error-culture': 'wanted',
      'digital-networking': 'open',
    });
    const custom = journey().topics.find((t) => t.name === 'Prompten');
    expect(custom).toMatchObject({ custom: true, state: 'open' });
    expect(journey().topics.find((t) => t.key === 'big-data')).toMatchObject({
      offeredByMentor: true,
      wantedByMentee: true,
      meetings: [2],
      name: 'Big Data',
    });
    expect(states(journey({ programme: retired.value }))['artificial-intelligence']).toBe('discussed');
    expect(
      states(journey({ programme: retired.value, meetings: [planned] }))['artificial-intelligence'],
    ).toBeUndefined();
  });

  test('topics the pair said a held meeting covered count as discussed', () => {
    const j = journey({
      feedback: [feedback(MENTOR, { topicsCovered: ['artificial-intelligence', 'error-culture'] })],
    });
    expect(j.timeline[0]!.coveredTopicKeys).toEqual(['artificial-intelligence', 'error-culture']);
    expect(j.topics.find((t) => t.key === 'error-culture')).toMatchObject({ state: 'discussed', meetings: [1] });
  });

  test('HR gets only the topics held meetings covered, never the feedback itself', () => {
    const hr = journey({
      viewer: 'admin',
      viewerId: 'hr',
      feedback: [feedback(MENTEE, { topicsCovered: ['digital-leadership'] })],
      coveredTopics: [{ meetingId: 'h1', topicKeys: ['error-culture'] }],
    });
    expect(hr.timeline[0]!.coveredTopicKeys).toEqual(['error-culture']);
    expect(hr.topics.find((t) => t.key === 'error-culture')!.state).toBe('discussed');
    expect(hr.topics.find((t) => t.key === 'digital-leadership')!.state).toBe('open');
  });

  test("learnings: one's own and one's private notes, the partner's learnings, never the partner's private note", () => {
    const j = journey({
      feedback: [
        feedback(MENTOR, { learning: 'Er fragt gut', privateNote: 'partner secret' }),
        feedback(MENTEE, { learning: 'Copilot kann Excel', privateNote: 'mein Geheimnis' }),
      ],
    });
    expect(j.learnings).toEqual({
      own: [{ text: 'Copilot kann Excel', author: MENTEE, meetingNumber: 1, at: '2027-03-09T11:00:00Z' }],
      privateNotes: [{ text: 'mein Geheimnis', author: MENTEE, meetingNumber: 1, at: '2027-03-09T11:00:00Z' }],
      shared: [{ text: 'Er fragt gut', author: MENTOR, meetingNumber: 1, at: '2027-03-09T11:00:00Z' }],
    });
    expect(JSON.stringify(j)).not.toContain('partner secret');
    expect(journey().learnings).toBeUndefined();
  });

  test('HR sees cadence and topics but no private content, poll, learnings or ratings', () => {
    const poll = openPoll();
    const notes = [feedback(MENTEE, { rating: 5, privateNote: 'geheim' })];
    const member = journey({ poll, feedback: notes });
    expect(member).toMatchObject({ menteeQuestions: 'Copilot?' });
    expect(member.poll).toEqual({
      meetingNumber: 2,
      options: [
        { topicKey: 'artificial-intelligence', label: 'Künstliche Intelligenz', voters: [MENTEE, MENTOR] },
        { label: 'LinkedIn-Profil einrichten', voters: [] },
      ],
      voted: [MENTEE, MENTOR],
    });
    expect(member.learnings!.privateNotes).toHaveLength(1);
    const hr = journey({ viewer: 'admin', viewerId: 'hr', poll, feedback: notes });
    expect(hr).toMatchObject({ viewer: 'admin', meetings: { held: 1, planned: 1 } });
    expect([hr.poll, hr.learnings, hr.menteeQuestions, hr.coach, hr.timeline[0]!.rating]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(JSON.stringify(hr)).not.toContain('geheim');
  });

  test('the coach is shown to the mentor only; the next topic points at the planned agenda', () => {
    expect(journey({ viewer: 'mentor' }).coach).toEqual({ name: 'Jonas', email: 'jonas@contoso.com' });
    expect(journey().coach).toBeUndefined();
    expect(journey().nextTopicKey).toBe('big-data');
  });

  test('no suggestions once the target is reached or the programme is over', () => {
    expect(journey({ now: new Date('2027-08-05T00:00:00Z') }).timeline.filter((e) => e.kind === 'suggested')).toEqual(
      [],
    );
    const six = Array.from({ length: 6 }, (_, k) => aHeldMeeting(`h${k}`, `2027-03-0${k + 1}T09:00:00.000Z`));
    expect(journey({ meetings: six }).meetings).toEqual({ held: 6, planned: 0, target: 6, toSchedule: 0 });
  });
});
