import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/card-template';
import { helpCard } from '../../../bot/src/teams/help/help.card';
import { welcomeCard } from '../../../bot/src/teams/welcome/welcome.card';
import { programmeFormCard } from '../../../bot/src/teams/programmes/programme-form.card';
import { programmeOverviewCard } from '../../../bot/src/teams/programmes/programme-overview.card';
import { newProgramme, parseProgrammeSettings } from '../../../bot/src/domain/programme/programme-settings';
import type { Programme } from '../../../bot/src/domain/programme/programme';
import type { Profile } from '../../../bot/src/domain/participant/profile';
import type { Language } from '../../../bot/src/domain/language';
import { invitationCard } from '../../../bot/src/teams/onboarding/invitation.card';
import { onboardingFormCard } from '../../../bot/src/teams/onboarding/onboarding-form.card';
import { profileSummaryCard } from '../../../bot/src/teams/onboarding/profile-summary.card';
import { programmePickerCard } from '../../../bot/src/teams/onboarding/programme-picker.card';
import { deleteConfirmationCard, myDataCard } from '../../../bot/src/teams/privacy/privacy.cards';
import {
  programmeAdminsCard,
  programmeMaterialsCard,
  programmeTopicsCard,
} from '../../../bot/src/teams/programmes/programme-manage.cards';
import { proposalCard } from '../../../bot/src/teams/matching/proposal.card';
import { introductionCard, pairConfirmationCard } from '../../../bot/src/teams/matching/pairing.cards';
import { pairsCard } from '../../../bot/src/teams/matching/pairs-list.card';
import {
  checkInCard,
  meetingCard,
  nextMeetingCard,
  reminderCard,
  scheduleFormCard,
} from '../../../bot/src/teams/meetings/meeting.cards';
import { feedbackCard } from '../../../bot/src/teams/feedback/feedback.card';
import type { MeetingFeedback } from '../../../bot/src/domain/feedback/meeting-feedback';
import type { Meeting } from '../../../bot/src/domain/meetings';
import type { Pair } from '../../../bot/src/domain/pairing/pair';
import type { Proposal } from '../../../bot/src/domain/pairing/proposal';
import { newsCard } from '../../../bot/src/teams/broadcasts/news.card';
import { composeCard } from '../../../bot/src/teams/broadcasts/compose.card';
import { reportCard, reviewCard, statusCard } from '../../../bot/src/teams/broadcasts/report.cards';
import { channelPickerCard } from '../../../bot/src/teams/broadcasts/channel-picker.card';
import { draftBroadcast, type Broadcast, type NewsContent } from '../../../bot/src/domain/broadcasts';
import { pollCard } from '../../../bot/src/teams/polls/poll.cards';
import { samplePollView } from './sample-poll';
import { pairEndedCard } from '../../../bot/src/teams/pair-endings/pair-ended.card';
import { newPartnerCard } from '../../../bot/src/teams/pair-endings/new-partner.card';
import { topicChangeCard } from '../../../bot/src/teams/polls/topic-change.card';
import { pairGreetingCard } from '../../../bot/src/teams/welcome/pair-greeting.card';
const TODAY = new Date('2027-01-10T09:00:00Z');
function sampleProgramme(status: Programme['status'], withExtras: boolean): Programme {
  const parsed = parseProgrammeSettings({
    name: 'Reverse Mentoring 2027',
    startDate: '2027-02-01',
    endDate: '2027-08-01',
    meetingsTarget: '6',
    languages: 'de,en',
    ...(withExtras
      ? {
          sponsorTextDe: 'Zuhören ist Führung.',
          sponsorTextEn: 'Listening is leadership.',
          sponsorName: 'Dr. Maria Schulz',
          sponsorRole: 'CEO',
          coachName: 'Jonas Weber',
          coachEmail: 'jonas@contoso.com',
        }
      : {}),
  });
  if (!parsed.ok) throw new Error('sample programme is invalid');
  return {
    ...newProgramme(parsed.value, {
      id: '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69',
      tenantId: 't',
      createdBy: 'hr',
      now: TODAY,
    }),
    status,
  };
}
const sampleProfile: Profile = {
  programmeId: 'p',
  tenantId: 't',
  aadObjectId: 'a',
  displayName: 'Bernd Köhler',
  role: 'mentee',
  department: 'Finanzen',
  location: 'Köln',
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en'],
  topics: ['artificial-intelligence', 'big-data'],
  ownTopics: 'LinkedIn',
  goals: 'KI verstehen',
  availability: ['tue-am', 'thu-pm'],
  format: 'either',
  capacity: 1,
  consent: { givenAt: '2027-02-02T10:00:00.000Z', version: '2027-01' },
  locale: 'de-DE',
  createdAt: '2027-02-02T10:00:00.000Z',
  updatedAt: '2027-02-02T10:00:00.000Z',
};
const mentorProfile: Profile = {
  ...sampleProfile,
  aadObjectId: 'm',
  displayName: 'Anna Berger',
  role: 'mentor',
  capacity: 2,
  department: 'IT',
  userPrincipalName: 'anna@contoso.com',
};
const menteeProfile: Profile = { ...sampleProfile, userPrincipalName: 'bernd@contoso.com' };
const samplePair: Pair = {
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
    { code: 'same-location', location: 'Köln' },
    { code: 'close-time-zones', minutesApart: 60 },
    { code: 'different-departments', mentorDepartment: 'IT', menteeDepartment: 'Finanzen' },
    { code: 'shared-languages', languages: ['de'] },
    { code: 'locked-by-hr' },
  ],
};
/** A pair whose mentee left the programme: a stand-in id, no reasons. */
const formerPair: Pair = {
  ...samplePair,
  menteeId: 'former-1',
  reasons: [],
  status: 'ended',
  endCode: 'participant-left',
  endedAt: TODAY.toISOString(),
};
function sampleProposal(pairs: number, published: boolean): Proposal {
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
const samplePlan = (intervalDays: number) => ({
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
const sampleFeedback: MeetingFeedback = {
  programmeId: 'p',
  pairId: 'm~a',
  meetingId: 'x',
  meetingNumber: 2,
  authorId: 'a',
  role: 'mentee',
  rating: 4,
  topicsCovered: ['big-data', 'artificial-intelligence'],
  learning: 'Copilot im Vorstand',
  privateNote: 'Nur für mich',
  shareAsGoodPractice: true,
  createdAt: TODAY.toISOString(),
  updatedAt: TODAY.toISOString(),
};
const sampleMeeting: Meeting = {
  id: '7d2b1c3a-5e4f-4a6b-8c9d-0e1f2a3b4c5d',
  programmeId: 'p',
  pairId: 'm~a',
  number: 2,
  startsAt: '2027-03-03T09:00:00.000Z',
  endsAt: '2027-03-03T10:00:00.000Z',
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  format: 'online',
  note: 'KI ausprobieren',
  status: 'planned',
  history: [],
  createdBy: 'a',
  createdAt: TODAY.toISOString(),
};
const sampleNews: NewsContent = {
  language: 'both',
  versions: {
    en: { title: 'Kick-off with our CEO', text: 'We start **today**.\n\n- meet your tandem\n- plan meeting 1' },
    de: { title: 'Auftakt mit unserer CEO', text: 'Heute geht es **los**.' },
  },
  imageUrl: 'https://contoso.com/kickoff.png',
  button: { label: 'Read more', url: 'https://contoso.com/rm' },
  author: 'Dr. Maria Schulz, CEO',
};
const sampleBroadcast = (status: Broadcast['status']): Broadcast => ({
  ...draftBroadcast(
    { programmeId: '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69', audience: ['channel', 'participants'], content: sampleNews },
    {
      id: '9b2c1d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
      tenantId: 't',
      createdBy: 'hr',
      createdByName: 'Helga Richter',
      now: TODAY,
    },
  ),
  status,
  scheduledFor: '2027-01-12T08:00:00.000Z',
  queuedAt: TODAY.toISOString(),
  total: 120,
});
const someCounts = { pending: 20, sending: 5, sent: 80, failed: 3, 'not-reachable': 12, total: 120 };
const people = new Map<string, Profile>([
  ['m0', mentorProfile],
  ['e0', menteeProfile],
]);
const languageOfT = (t: Translate): Language => (t('help.title') === 'Was Tandem kann' ? 'de' : 'en');
const STATUSES: Programme['status'][] = ['draft', 'enrolling', 'matching', 'running', 'closed'];

/**
 * Every card template the bot can send, with the ways it is rendered. A new `*.card.json`
 * without an entry here fails the catalogue test, so no card reaches Teams unchecked.
 */
export const RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'welcome/welcome.card.json': [(t) => welcomeCard(t)],
  'help/help.card.json': [
    (t) => helpCard(t, 'personal'),
    (t) => helpCard(t, 'groupChat'),
    (t) => helpCard(t, 'channel'),
  ],
  'programmes/programme-form.card.json': [
    (t) => programmeFormCard(t, { kind: 'create', today: TODAY }),
    (t) => programmeFormCard(t, { kind: 'edit', programme: sampleProgramme('enrolling', true) }),
    (t) =>
      programmeFormCard(t, { kind: 'create', today: TODAY }, { name: 'x', languages: 'de' }, [
        { field: 'name', code: 'too-long', limit: 80 },
        { field: 'endDate', code: 'too-short-duration', limit: 3 },
        { field: 'coachEmail', code: 'invalid' },
      ]),
  ],
  'onboarding/invitation.card.json': [
    (t) => invitationCard(t, sampleProgramme('enrolling', true)),
    (t) => invitationCard(t, sampleProgramme('enrolling', false)),
  ],
  'onboarding/onboarding-form.card.json': [
    (t) =>
      onboardingFormCard(t, {
        programme: sampleProgramme('enrolling', false),
        language: languageOfT(t),
        clientTimeZone: 'Europe/Berlin',
        privacyUrl: 'https://tandem.example/tab/privacy.html',
      }),
    (t) =>
      onboardingFormCard(t, {
        programme: sampleProgramme('running', false),
        language: languageOfT(t),
        profile: sampleProfile,
        privacyUrl: 'https://x.example/p',
      }),
    (t) =>
      onboardingFormCard(t, {
        programme: sampleProgramme('enrolling', false),
        language: languageOfT(t),
        entered: { role: 'mentee', goals: 'x' },
        issues: [
          { field: 'goals', code: 'too-long', limit: 1000 },
          { field: 'consent', code: 'required' },
        ],
        summaryText: 'Consent needed',
        privacyUrl: 'https://x.example/p',
      }),
  ],
  'onboarding/profile-summary.card.json': [
    (t) => profileSummaryCard(t, languageOfT(t), sampleProgramme('enrolling', false), sampleProfile, 'Saved'),
  ],
  'onboarding/programme-picker.card.json': [
    (t) =>
      programmePickerCard(t, [
        sampleProgramme('enrolling', false),
        { ...sampleProgramme('running', false), id: 'other', name: 'Herbst' },
      ]),
  ],
  'privacy/my-data.card.json': [
    (t) =>
      myDataCard(t, {
        memberships: [{ programme: sampleProgramme('running', false), profile: sampleProfile }],
        refusals: 1,
        downloadUrl: 'https://tandem.example/api/my-data?token=x',
        address: {
          scope: 'personal',
          tenantId: 't',
          ownerId: 'a',
          conversationId: 'a:1',
          serviceUrl: 'https://smba.example',
          reference: {},
          locale: 'de-DE',
          timeZone: 'Europe/Berlin',
          updatedAt: TODAY,
        },
      }),
    (t) => myDataCard(t, { memberships: [], refusals: 0, downloadUrl: 'https://tandem.example/api/my-data?token=y' }),
  ],
  'privacy/delete-confirmation.card.json': [(t) => deleteConfirmationCard(t)],
  'programmes/programme-topics.card.json': [
    (t) => programmeTopicsCard(t, languageOfT(t), sampleProgramme('running', false)),
    (t) => {
      const p = sampleProgramme('running', false);
      p.topics[2] = { ...p.topics[2]!, retired: true };
      return programmeTopicsCard(t, languageOfT(t), p, 'Notice');
    },
  ],
  'programmes/programme-materials.card.json': [
    (t) => programmeMaterialsCard(t, languageOfT(t), sampleProgramme('running', false)),
    (t) =>
      programmeMaterialsCard(
        t,
        languageOfT(t),
        {
          ...sampleProgramme('running', false),
          materials: [
            { id: 'm1', title: 'KI [Basics]', url: 'https://learn.microsoft.com', topicKey: 'artificial-intelligence' },
            { id: 'm2', title: 'Briefing', url: 'https://contoso.com/b' },
          ],
        },
        'Notice',
      ),
  ],
  'programmes/programme-admins.card.json': [
    (t) =>
      programmeAdminsCard(
        t,
        { ...sampleProgramme('running', false), admins: ['hr', 'other'] },
        new Map([['hr', 'Helga Richter']]),
        'hr',
      ),
  ],
  'matching/proposal.card.json': [
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(3, false), people },
        1,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(30, false), people },
        2,
        'Notice',
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(30, true), people },
        4,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(0, false), people },
        1,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(3, false), people },
        1,
        '',
        'https://tandem.example/api/proposal.csv?token=x',
      ),
  ],
  'matching/pairs-list.card.json': [
    (t) =>
      pairsCard(
        t,
        {
          programme: sampleProgramme('running', false),
          pairs: [
            samplePair,
            {
              ...samplePair,
              menteeId: 'z',
              momentum: {
                lastNudged: {},
                atRisk: { reason: 'repeated-changes', personId: 'z', since: '2027-04-01T08:00:00.000Z' },
              },
            },
            { ...samplePair, mentorId: 'x', status: 'awaiting-confirmation' },
            { ...samplePair, mentorId: 'y', status: 'ended', endReason: 'r' },
          ],
          people: new Map([['m', mentorProfile]]),
        },
        'Notice',
      ),
    (t) => pairsCard(t, { programme: sampleProgramme('matching', false), pairs: [], people: new Map() }, ''),
    (t) =>
      pairsCard(
        t,
        {
          programme: sampleProgramme('running', false),
          pairs: [formerPair, { ...samplePair, mentorId: 'm', menteeId: 'a', status: 'ended', endCode: 'ended-by-hr' }],
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
        },
        '',
      ),
  ],
  'pair-endings/pair-ended.card.json': [
    (t) =>
      pairEndedCard(t, {
        programme: sampleProgramme('running', false),
        pair: formerPair,
        people: new Map([['m', mentorProfile]]),
      }),
    (t) =>
      pairEndedCard(t, {
        programme: sampleProgramme('running', false),
        pair: { ...samplePair, status: 'ended', endCode: 'ended-by-hr' },
        people: new Map([
          ['m', mentorProfile],
          ['a', menteeProfile],
        ]),
      }),
  ],
  'pair-endings/new-partner.card.json': [
    (t) =>
      newPartnerCard(
        t,
        languageOfT(t),
        {
          programme: sampleProgramme('running', false),
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
          proposal: { mentor: 'm', mentee: 'a', score: 0.71, reasons: samplePair.reasons },
        },
        'm',
      ),
    (t) =>
      newPartnerCard(
        t,
        languageOfT(t),
        {
          programme: sampleProgramme('running', false),
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
          proposal: { mentor: 'm', mentee: 'a', score: 0.4, reasons: [] },
        },
        'a',
      ),
  ],
  'meetings/schedule-form.card.json': [
    (t) => scheduleFormCard(t, { programmeId: 'p', pairId: 'm~a', number: 1, target: 6, timeZone: 'Europe/Berlin' }),
    (t) =>
      scheduleFormCard(t, {
        programmeId: 'p',
        pairId: 'm~a',
        number: 1,
        target: 6,
        timeZone: 'Europe/London',
        startsAt: '2027-03-09T08:00:00.000Z',
        userIds: ['29:1a', '29:1b'],
        issues: [{ field: 'time', code: 'overlaps' }],
      }),
    (t) =>
      scheduleFormCard(t, {
        programmeId: 'p',
        pairId: 'm~a',
        number: 2,
        target: 6,
        timeZone: 'Europe/Berlin',
        partnerName: 'Anna Berger',
        entered: { date: '2027-04-06', time: '09:00' },
      }),
    (t) =>
      scheduleFormCard(t, {
        programmeId: 'p',
        pairId: 'm~a',
        number: 3,
        target: 6,
        timeZone: 'Europe/Berlin',
        entered: { date: '2027-01-01', time: '10:00' },
        issues: [{ field: 'place', code: 'required' }],
        summary: 'Past',
      }),
  ],
  'meetings/meeting.card.json': [
    (t) =>
      meetingCard(t, {
        meeting: sampleMeeting,
        target: 6,
        people: [mentorProfile, menteeProfile],
        calendarUrl: 'https://tandem.example/api/meeting.ics?token=x',
      }),
    (t) =>
      meetingCard(t, {
        meeting: {
          ...sampleMeeting,
          format: 'in-person',
          place: 'Köln, Raum 4.12',
          status: 'cancelled',
          history: [{ kind: 'cancel', by: 'm', at: TODAY.toISOString() }],
        },
        target: 6,
        people: [mentorProfile],
        userIds: ['29:1a', '29:1b'],
      }),
    (t) =>
      meetingCard(t, {
        meeting: sampleMeeting,
        target: 6,
        people: [mentorProfile, menteeProfile],
        userIds: ['29:1a'],
        notice: 'Meeting 1 is already planned',
      }),
    (t) => meetingCard(t, { meeting: { ...sampleMeeting, status: 'held' }, target: 6, people: [] }),
    (t) =>
      meetingCard(t, {
        meeting: { ...sampleMeeting, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
        target: 6,
        people: [mentorProfile, menteeProfile],
      }),
  ],
  'meetings/check-in.card.json': [
    (t) => checkInCard(t, sampleMeeting, { people: [mentorProfile, menteeProfile], userIds: ['29:1a', '29:1b'] }),
    (t) =>
      checkInCard(
        t,
        { ...sampleMeeting, status: 'held', checkIn: { outcome: 'held', by: 'a', at: TODAY.toISOString() } },
        { people: [mentorProfile, menteeProfile], userIds: [] },
      ),
  ],
  'welcome/pair-greeting.card.json': [
    (t) =>
      pairGreetingCard(
        t,
        {
          pair: samplePair,
          mentor: mentorProfile,
          mentee: menteeProfile,
          programme: sampleProgramme('running', false),
        },
        { pairId: 'm~a', userIds: ['29:1a', '29:1b'] },
      ),
  ],
  'polls/poll.card.json': [
    (t) => pollCard(t, samplePollView(sampleProgramme('running', false)), { userIds: ['29:1a', '29:1b'] }),
    (t) => pollCard(t, samplePollView(sampleProgramme('running', false)), { viewer: 'a', userIds: ['29:1a', '29:1b'] }),
    (t) =>
      pollCard(t, samplePollView(sampleProgramme('running', false), { decision: 'most-votes', voting: 'single' }), {
        viewer: 'a',
        userIds: [],
        notice: 'Notice',
      }),
    (t) =>
      pollCard(
        t,
        samplePollView(
          {
            ...sampleProgramme('running', false),
            materials: [{ id: 'x', title: 'KI [Basics]', url: 'https://learn.microsoft.com', topicKey: 'big-data' }],
          },
          {
            status: 'closed',
            outcome: { optionId: 't-big-data', decidedBy: 'auto', at: TODAY.toISOString(), how: 'auto-close' },
          },
        ),
        { viewer: 'm', userIds: ['29:1a'] },
      ),
    (t) =>
      pollCard(
        t,
        samplePollView(sampleProgramme('running', false), { status: 'closed', withdrawnAt: TODAY.toISOString() }),
        { viewer: 'm', userIds: ['29:1a'] },
      ),
  ],
  'polls/topic-change.card.json': [
    (t) => topicChangeCard(t, { meeting: sampleMeeting, programme: sampleProgramme('running', false) }),
    (t) =>
      topicChangeCard(t, {
        meeting: {
          ...sampleMeeting,
          agenda: {
            topicKey: 'big-data',
            titles: { en: 'Big data', de: 'Big Data' },
            setBy: 'a',
            at: TODAY.toISOString(),
          },
        },
        programme: sampleProgramme('running', false),
        notice: 'Notice',
      }),
  ],
  'meetings/reminder.card.json': [
    (t) =>
      reminderCard(t, {
        meeting: sampleMeeting,
        target: 6,
        people: [mentorProfile, menteeProfile],
        leadMinutes: 1440,
        remindedStart: sampleMeeting.startsAt,
        userIds: ['29:1a', '29:1b'],
        materials: [],
      }),
    (t) =>
      reminderCard(t, {
        meeting: {
          ...sampleMeeting,
          agenda: {
            topicKey: 'big-data',
            titles: { en: 'Big data', de: 'Big Data' },
            setBy: 'a',
            at: TODAY.toISOString(),
          },
        },
        target: 6,
        people: [mentorProfile, menteeProfile],
        leadMinutes: 60,
        remindedStart: sampleMeeting.startsAt,
        userIds: ['29:1a'],
        materials: [{ id: 'x', title: 'KI [Basics]', url: 'https://learn.microsoft.com', topicKey: 'big-data' }],
      }),
    (t) =>
      reminderCard(t, {
        meeting: { ...sampleMeeting, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
        target: 6,
        people: [mentorProfile],
        leadMinutes: 30,
        remindedStart: '2027-03-01T09:00:00.000Z',
        userIds: [],
        materials: [],
      }),
    (t) =>
      reminderCard(t, {
        meeting: { ...sampleMeeting, status: 'cancelled' },
        target: 6,
        people: [],
        leadMinutes: 60,
        remindedStart: sampleMeeting.startsAt,
        userIds: ['29:1a'],
        materials: [],
      }),
  ],
  'meetings/next-meeting.card.json': [
    (t) =>
      nextMeetingCard(t, { plan: samplePlan(28), programmeId: 'p', pairId: 'm~a', programmeEndDate: '2027-08-01' }),
    (t) =>
      nextMeetingCard(t, {
        plan: samplePlan(3),
        programmeId: 'p',
        pairId: 'm~a',
        programmeEndDate: '2027-08-01',
        intro: 'no-meeting-scheduled',
        userIds: ['29:1a', '29:1b'],
      }),
    (t) =>
      nextMeetingCard(t, {
        plan: samplePlan(7),
        programmeId: 'p',
        pairId: 'm~a',
        programmeEndDate: '2027-08-01',
        intro: 'programme-ending',
        userIds: [],
      }),
  ],
  'feedback/feedback-form.card.json': [
    (t) =>
      feedbackCard(t, {
        meeting: {
          ...sampleMeeting,
          status: 'held',
          agenda: {
            topicKey: 'big-data',
            titles: { en: 'Big data', de: 'Big Data' },
            setBy: 'a',
            at: TODAY.toISOString(),
          },
        },
        programme: sampleProgramme('running', false),
        language: languageOfT(t),
      }),
    (t) =>
      feedbackCard(t, {
        meeting: { ...sampleMeeting, status: 'held' },
        programme: sampleProgramme('running', false),
        language: languageOfT(t),
        saved: sampleFeedback,
      }),
    (t) =>
      feedbackCard(t, {
        meeting: { ...sampleMeeting, status: 'held' },
        programme: sampleProgramme('running', false),
        language: languageOfT(t),
        entered: { rating: '4', learning: '' },
        issues: [{ field: 'learning', code: 'required' }],
      }),
  ],
  'matching/pair-confirmation.card.json': [
    (t) => pairConfirmationCard(t, languageOfT(t), sampleProgramme('matching', false), samplePair, mentorProfile),
  ],
  'matching/introduction.card.json': [
    (t) =>
      introductionCard(t, languageOfT(t), {
        programme: sampleProgramme('matching', false),
        pair: samplePair,
        reader: menteeProfile,
        partner: mentorProfile,
        botAppId: 'bot-id',
      }),
    (t) =>
      introductionCard(t, languageOfT(t), {
        programme: sampleProgramme('matching', false),
        pair: samplePair,
        reader: { ...menteeProfile, userPrincipalName: undefined },
        partner: mentorProfile,
        botAppId: '',
      }),
  ],
  'broadcasts/news.card.json': [
    () => newsCard(sampleNews, ['en']),
    () => newsCard(sampleNews, ['de', 'en']),
    () => newsCard({ language: 'de', versions: { de: { title: 'Kurz', text: 'Nur Text.' } } }, ['de']),
  ],
  'broadcasts/compose.card.json': [
    (t) =>
      composeCard(t, {
        programmes: [sampleProgramme('running', false)],
        broadcastId: '9b2c1d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
      }),
    (t) =>
      composeCard(t, {
        programmes: [sampleProgramme('running', false)],
        broadcastId: 'x',
        entered: { titleEn: 'x', imageUrl: 'http://a' },
        issues: [
          { field: 'textEn', code: 'required' },
          { field: 'imageUrl', code: 'not-https' },
          { field: 'titleDe', code: 'too-long', limit: 120 },
          { field: 'buttonUrl', code: 'invalid' },
          { field: 'audience', code: 'invalid' },
        ],
        summary: 'Channel missing',
      }),
  ],
  'broadcasts/review.card.json': [
    (t) =>
      reviewCard(
        t,
        sampleBroadcast('draft'),
        [{ key: 'person:a', kind: 'person', target: 'a', displayName: 'Anna', language: 'en' }],
        'Europe/Berlin',
      ),
    (t) => reviewCard(t, sampleBroadcast('draft'), [], 'UTC'),
  ],
  'broadcasts/report.card.json': [
    ...(['scheduled', 'cancelled', 'queued'] as const).map(
      (status) => (t: Translate) => reportCard(t, { broadcast: sampleBroadcast(status), timeZone: 'Europe/Berlin' }),
    ),
    (t) => reportCard(t, { broadcast: sampleBroadcast('sending'), counts: someCounts, timeZone: 'Europe/Berlin' }),
    (t) =>
      reportCard(t, {
        broadcast: sampleBroadcast('done'),
        counts: { ...someCounts, pending: 0, sending: 0, sent: 105 },
        timeZone: 'Europe/Berlin',
        csvUrl: 'https://tandem.example/api/broadcast.csv?token=x',
      }),
    (t) =>
      reportCard(t, {
        broadcast: sampleBroadcast('done'),
        counts: { pending: 0, sending: 0, sent: 3, failed: 0, 'not-reachable': 0, total: 3 },
        timeZone: 'UTC',
      }),
  ],
  'broadcasts/status.card.json': [
    (t) =>
      statusCard(
        t,
        [{ broadcast: sampleBroadcast('done'), counts: someCounts }, { broadcast: sampleBroadcast('scheduled') }],
        'Europe/Berlin',
      ),
    (t) => statusCard(t, [], 'UTC'),
  ],
  'broadcasts/channel-picker.card.json': [
    (t) =>
      channelPickerCard(
        t,
        [sampleProgramme('running', false), { ...sampleProgramme('enrolling', false), id: 'other', name: 'Herbst' }],
        'news',
      ),
  ],
  'programmes/programme-overview.card.json': [
    ...STATUSES.map(
      (status) => (t: Translate) => programmeOverviewCard(t, sampleProgramme(status, status === 'running')),
    ),
    (t) => programmeOverviewCard(t, sampleProgramme('enrolling', false), 'Notice'),
  ],
};

/** The folder the `RENDERINGS` keys are relative to. */
export const TEAMS_DIR = path.join(__dirname, '../../../bot/src/teams');

/** Every `*.card.json` under `dir`, relative to `TEAMS_DIR` with forward slashes. */
export function cardTemplates(dir = TEAMS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cardTemplates(full);
    return name.endsWith('.card.json') ? [path.relative(TEAMS_DIR, full).split(path.sep).join('/')] : [];
  });
}
