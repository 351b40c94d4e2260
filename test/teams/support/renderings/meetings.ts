import type { Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import {
  checkInCard,
  meetingCard,
  nextMeetingCard,
  reminderCard,
  scheduleFormCard,
} from '../../../../bot/src/teams/meetings/meeting.cards';
import { feedbackCard } from '../../../../bot/src/teams/feedback/feedback.card';
import { pollCard } from '../../../../bot/src/teams/polls/poll.cards';
import { samplePollView } from '../sample-poll';
import { topicChangeCard } from '../../../../bot/src/teams/polls/topic-change.card';
import {
  TODAY,
  sampleProgramme,
  mentorProfile,
  menteeProfile,
  samplePlan,
  sampleFeedback,
  sampleMeeting,
  languageOfT,
  typed,
} from '../card-samples';

/** Meetings, the pair greeting, polls and feedback: each template rendered the ways it can be sent. */
export const MEETINGS_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
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
        partnerName: mentorProfile.displayName,
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
            materials: [
              { id: 'x', title: typed('KI [Basics]'), url: 'https://learn.microsoft.com', topicKey: 'big-data' },
            ],
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
            titles: { en: typed('Big data'), de: typed('Big Data') },
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
            titles: { en: typed('Big data'), de: typed('Big Data') },
            setBy: 'a',
            at: TODAY.toISOString(),
          },
        },
        target: 6,
        people: [mentorProfile, menteeProfile],
        leadMinutes: 60,
        remindedStart: sampleMeeting.startsAt,
        userIds: ['29:1a'],
        materials: [{ id: 'x', title: typed('KI [Basics]'), url: 'https://learn.microsoft.com', topicKey: 'big-data' }],
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
            titles: { en: typed('Big data'), de: typed('Big Data') },
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
};
