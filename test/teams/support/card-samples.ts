// Sample programmes, people, pairs, meetings and news the card renderings are made from.
import type { Translate } from '../../../bot/src/i18n';
import { newProgramme, parseProgrammeSettings } from '../../../bot/src/domain/programme/programme-settings';
import type { Programme } from '../../../bot/src/domain/programme/programme';
import type { Profile } from '../../../bot/src/domain/participant/profile';
import type { Language } from '../../../bot/src/domain/language';
import type { MeetingFeedback } from '../../../bot/src/domain/feedback/meeting-feedback';
import type { Meeting } from '../../../bot/src/domain/meetings';
import type { Pair } from '../../../bot/src/domain/pairing/pair';
import type { Proposal } from '../../../bot/src/domain/pairing/proposal';
import { draftBroadcast, type Broadcast, type NewsContent } from '../../../bot/src/domain/broadcasts';
export const TODAY = new Date('2027-01-10T09:00:00Z');
/** In every text a person typed, so the catalogue test sees any card that would make it a live link. */
export const TYPED_LINK = '[Verify your account](https://evil.example/login)';
/** A typed sample text with {@link TYPED_LINK} in it. */
export const typed = (text: string) => `${text} ${TYPED_LINK}`;
export function sampleProgramme(status: Programme['status'], withExtras: boolean): Programme {
  const parsed = parseProgrammeSettings({
    name: typed('Mentoring 2027'),
    startDate: '2027-02-01',
    endDate: '2027-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
    ...(withExtras
      ? {
          sponsorTextDe: typed('Zuhören ist Führung.'),
          sponsorTextEn: typed('Listening is leadership.'),
          sponsorName: typed('Dr. Maria Schulz'),
          sponsorRole: typed('CEO'),
          coachName: typed('Jonas Weber'),
          coachEmail: 'jonas@contoso.com',
        }
      : {}),
  });
  if (!parsed.ok) throw new Error('sample programme is invalid');
  const programme = newProgramme(parsed.value, {
    id: '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69',
    tenantId: 't',
    createdBy: 'hr',
    now: TODAY,
  });
  // HR renames topics as they like: the names are typed text too.
  const topics = programme.topics.map((topic) => ({
    ...topic,
    names: { en: typed(topic.names.en), de: typed(topic.names.de) },
  }));
  return { ...programme, topics, status };
}
export const sampleProfile: Profile = {
  programmeId: 'p',
  tenantId: 't',
  aadObjectId: 'a',
  displayName: typed('Bernd Köhler'),
  role: 'mentee',
  department: typed('Finanzen'),
  location: typed('Köln'),
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en'],
  topics: ['artificial-intelligence', 'big-data'],
  ownTopics: typed('LinkedIn'),
  goals: typed('KI verstehen'),
  availability: ['tue-am', 'thu-pm'],
  format: 'either',
  capacity: 1,
  consent: { givenAt: '2027-02-02T10:00:00.000Z', version: '2027-01' },
  locale: 'de-DE',
  createdAt: '2027-02-02T10:00:00.000Z',
  updatedAt: '2027-02-02T10:00:00.000Z',
};
export const mentorProfile: Profile = {
  ...sampleProfile,
  aadObjectId: 'm',
  displayName: typed('Anna Berger'),
  role: 'mentor',
  capacity: 2,
  department: typed('IT'),
  userPrincipalName: 'anna@contoso.com',
};
export const menteeProfile: Profile = { ...sampleProfile, userPrincipalName: 'bernd@contoso.com' };
export const samplePair: Pair = {
  programmeId: 'p',
  tenantId: 't',
  mentorId: 'm',
  menteeId: 'a',
  score: 0.82,
  status: 'confirmed',
  createdAt: TODAY.toISOString(),
  reasons: [
    { code: 'shared-topics', topics: ['artificial-intelligence'] },
    { code: 'shared-availability', slots: ['tue-am'] },
    { code: 'format-compatible', format: 'either' },
    { code: 'same-location', location: typed('Köln') },
    { code: 'close-time-zones', minutesApart: 60 },
    { code: 'different-departments', mentorDepartment: typed('IT'), menteeDepartment: typed('Finanzen') },
    { code: 'shared-languages', languages: ['de'] },
    { code: 'locked-by-hr' },
  ],
};
/** A pair whose mentee left the programme: a stand-in id, no reasons. */
export const formerPair: Pair = {
  ...samplePair,
  menteeId: 'former-1',
  reasons: [],
  status: 'ended',
  endCode: 'participant-left',
  endedAt: TODAY.toISOString(),
};
export function sampleProposal(pairs: number, published: boolean): Proposal {
  const result = {
    pairs: Array.from({ length: pairs }, (_, i) => ({
      mentor: `m${i}`,
      mentee: `e${i}`,
      score: 0.5 + i / 100,
      reasons: samplePair.reasons,
    })),
    unmatched: [
      { id: 'x', role: 'mentee' as const, reason: 'no-allowed-partner' as const },
      { id: 'y', role: 'mentor' as const, reason: 'not-needed' as const },
    ],
    matched: pairs,
    totalScore: pairs * 0.6,
  };
  return {
    programmeId: 'p',
    result,
    locked: [['m0', 'e0']],
    excluded: [],
    createdAt: TODAY.toISOString(),
    createdBy: 'hr',
    publishedAt: published ? TODAY.toISOString() : undefined,
  };
}
export const samplePlan = (intervalDays: number) => ({
  number: 3,
  target: 6,
  cadence: { intervalDays, meetingsLeft: 4, daysLeft: 120, dates: [] },
  suggestion: {
    date: '2027-04-06',
    time: '09:00',
    timeZone: 'Europe/Berlin',
    weekday: 2,
    startsAt: '2027-04-06T07:00:00.000Z',
  },
});
export const sampleFeedback: MeetingFeedback = {
  programmeId: 'p',
  pairId: 'm~a',
  meetingId: 'x',
  meetingNumber: 2,
  authorId: 'a',
  role: 'mentee',
  rating: 4,
  topicsCovered: ['big-data', 'artificial-intelligence'],
  learning: typed('Copilot im Vorstand'),
  privateNote: typed('Nur für mich'),
  shareAsGoodPractice: true,
  createdAt: TODAY.toISOString(),
  updatedAt: TODAY.toISOString(),
};
export const sampleMeeting: Meeting = {
  id: '7d2b1c3a-5e4f-4a6b-8c9d-0e1f2a3b4c5d',
  programmeId: 'p',
  pairId: 'm~a',
  number: 2,
  startsAt: '2027-03-03T09:00:00.000Z',
  endsAt: '2027-03-03T10:00:00.000Z',
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  format: 'online',
  note: typed('KI ausprobieren'),
  status: 'planned',
  history: [],
  createdBy: 'a',
  createdAt: TODAY.toISOString(),
};
export const sampleNews: NewsContent = {
  language: 'both',
  versions: {
    en: { title: 'Kick-off with our CEO', text: 'We start **today**.\n\n- meet your tandem\n- plan meeting 1' },
    de: { title: 'Auftakt mit unserer CEO', text: 'Heute geht es **los**.' },
  },
  imageUrl: 'https://contoso.com/kickoff.png',
  button: { label: 'Read more', url: 'https://contoso.com/rm' },
  author: 'Dr. Maria Schulz, CEO',
};
export const sampleBroadcast = (status: Broadcast['status']): Broadcast => ({
  ...draftBroadcast(
    { programmeId: '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69', audience: ['channel', 'participants'], content: sampleNews },
    {
      id: '9b2c1d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
      tenantId: 't',
      createdBy: 'hr',
      createdByName: typed('Helga Richter'),
      now: TODAY,
    },
  ),
  status,
  scheduledFor: '2027-01-12T08:00:00.000Z',
  queuedAt: TODAY.toISOString(),
  total: 120,
});
export const someCounts = { pending: 20, sending: 5, sent: 80, failed: 3, 'not-reachable': 12, total: 120 };
export const people = new Map<string, Profile>([
  ['m0', mentorProfile],
  ['e0', menteeProfile],
]);
export const languageOfT = (t: Translate): Language => (t('help.title') === 'Was Tandem kann' ? 'de' : 'en');
export const STATUSES: Programme['status'][] = ['draft', 'enrolling', 'matching', 'running', 'closed'];

/**
 * Every card template the bot can send, with the ways it is rendered. A new `*.card.json`
 * without an entry here fails the catalogue test, so no card reaches Teams unchecked.
 */
