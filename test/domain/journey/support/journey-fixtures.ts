// Shared fixtures of the journey and overview tests: one programme, its people, a pair and its meetings.
import { buildJourney, type JourneyInput } from '../../../../bot/src/domain/journey/journey';
import type { VisibleFeedback } from '../../../../bot/src/domain/journey/journey-sections';
import type { OpenPoll } from '../../../../bot/src/domain/journey/journey-poll';
import type { Pair } from '../../../../bot/src/domain/pairing/pair';
import type { Profile } from '../../../../bot/src/domain/participant/profile';
import { addTopic } from '../../../../bot/src/domain/programme/programme-changes';
import { newProgramme, parseProgrammeSettings } from '../../../../bot/src/domain/programme/programme-settings';
import { aHeldMeeting, aMeeting, MENTEE, MENTOR } from '../../meetings/support/meetings';

export const NOW = new Date('2027-04-01T08:00:00Z');
export const settings = parseProgrammeSettings({
  name: 'RM 2027',
  startDate: '2027-02-01',
  endDate: '2027-08-01',
  meetingsTarget: '6',
  languages: ['de', 'en'],
  coachName: 'Jonas',
  coachEmail: 'jonas@contoso.com',
});
if (!settings.ok) throw new Error('settings');
export const base = newProgramme(settings.value, { id: 'p1', tenantId: 't1', createdBy: 'hr', now: NOW });
export const withCustom = addTopic(base, { en: 'Prompting', de: 'Prompten' });
if (!withCustom.ok) throw new Error('topic');
export const programme = withCustom.value;

export const profile = (
  aadObjectId: string,
  role: 'mentor' | 'mentee',
  timeZone: string,
  topics: string[],
  extra: Partial<Profile> = {},
) =>
  ({
    programmeId: 'p1',
    tenantId: 't1',
    aadObjectId,
    displayName: aadObjectId,
    role,
    department: 'IT',
    location: 'Köln',
    timeZone,
    languages: ['de'],
    topics,
    ownTopics: '',
    goals: '',
    availability: ['tue-am', 'thu-pm'],
    format: 'online',
    capacity: 1,
    consent: { givenAt: '', version: '1' },
    locale: 'de-DE',
    createdAt: '',
    updatedAt: '',
    ...extra,
  }) as Profile;
export const pair: Pair = {
  programmeId: 'p1',
  tenantId: 't1',
  mentorId: MENTOR,
  menteeId: MENTEE,
  score: 1,
  reasons: [],
  status: 'confirmed',
  chatId: '19:x@thread.v2',
  createdAt: '2027-02-01T00:00:00Z',
};

/** A topic decided by a poll (the titles do not matter to the journey, which names topics from the catalogue). */
export const agendaOn = (topicKey: string) => ({
  topicKey,
  titles: { en: topicKey, de: topicKey },
  setBy: MENTEE,
  at: '2027-03-01T08:00:00.000Z',
});
export const held = aHeldMeeting('h1', '2027-03-09T09:00:00.000Z', { agenda: agendaOn('artificial-intelligence') });
export const planned = aMeeting({
  id: 'p2',
  number: 2,
  startsAt: '2027-04-06T08:00:00.000Z',
  endsAt: '2027-04-06T09:00:00.000Z',
  agenda: agendaOn('big-data'),
});
export const cancelled = aMeeting({ id: 'c1', number: 2, startsAt: '2027-03-30T08:00:00.000Z', status: 'cancelled' });

export const feedback = (authorId: string, overrides: Partial<VisibleFeedback> = {}): VisibleFeedback => ({
  programmeId: 'p1',
  pairId: `${MENTOR}~${MENTEE}`,
  meetingId: 'h1',
  meetingNumber: 1,
  authorId,
  role: authorId === MENTOR ? 'mentor' : 'mentee',
  rating: 3,
  topicsCovered: [],
  learning: `learning of ${authorId}`,
  shareAsGoodPractice: false,
  createdAt: '2027-03-09T11:00:00Z',
  updatedAt: '2027-03-09T11:00:00Z',
  ...overrides,
});

/** An open poll for meeting 2: a catalogue topic both chose (the mentor changed their mind once) and the mentee's own question. */
export const openPoll = (): OpenPoll => ({
  poll: {
    id: 'poll-1',
    tenantId: 't1',
    programmeId: 'p1',
    pairId: `${MENTOR}~${MENTEE}`,
    mentorId: MENTOR,
    menteeId: MENTEE,
    meetingId: 'm2',
    meetingNumber: 2,
    status: 'open',
    options: [{ id: 't-ai', topicKey: 'artificial-intelligence' }],
    voting: 'single',
    decision: 'mentee',
    openedBy: 'auto',
    openedAt: '2027-03-01T08:00:00.000Z',
  },
  options: [
    { id: 't-ai', topicKey: 'artificial-intelligence' },
    { id: 'c-1', title: 'LinkedIn-Profil einrichten', addedBy: MENTEE, addedAt: '2027-03-01T09:00:00.000Z' },
  ],
  votes: [
    { personId: MENTEE, optionId: 't-ai', selected: true, at: '2027-03-01T09:00:00.000Z' },
    { personId: MENTOR, optionId: 'c-1', selected: true, at: '2027-03-01T09:01:00.000Z' },
    { personId: MENTOR, optionId: 't-ai', selected: true, at: '2027-03-01T09:02:00.000Z' },
  ],
});

export const journey = (overrides: Partial<JourneyInput> = {}) =>
  buildJourney({
    programme,
    pair,
    pairId: `${MENTOR}~${MENTEE}`,
    viewer: 'mentee',
    viewerId: MENTEE,
    language: 'de',
    now: NOW,
    mentor: profile(MENTOR, 'mentor', 'Europe/London', ['big-data']),
    mentee: profile(MENTEE, 'mentee', 'Europe/Berlin', ['artificial-intelligence', 'big-data', 'error-culture'], {
      ownTopics: 'Copilot?',
    }),
    meetings: [planned, cancelled, held],
    ...overrides,
  });
