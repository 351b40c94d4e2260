import type { Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import type { MentorKit } from '../../../../bot/src/services/mentor-kit/mentor-kit-service';
import { mentorKitCard } from '../../../../bot/src/teams/mentor-kit/mentor-kit.card';
import type { CoachQuestion } from '../../../../bot/src/domain/coach/coach-question';
import {
  coachAnswerCard,
  coachAskedCard,
  coachQuestionCard,
  coachQuestionFormCard,
} from '../../../../bot/src/teams/coach/coach.cards';
import { languageOfT, sampleProgramme, typed } from '../card-samples';

const programme = sampleProgramme('running', true);

/** A kit with everything in it: HR's typed texts carry a Markdown link each. */
const fullKit: MentorKit = {
  programme,
  materials: [
    { id: 'm1', title: typed('Leitfaden für Mentoren'), url: 'https://contoso.sharepoint.com/guide', forMentors: true },
  ],
  coach: programme.coach,
  community: {
    conversationId: '19:abc@thread.tacv2',
    name: typed('Mentoren-Community'),
    groupId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  },
  nextBriefing: {
    briefingId: 'b1',
    title: typed('Kick-off'),
    startsAt: new Date('2027-02-10T16:00:00Z'),
    durationMinutes: 90,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/kick-off',
  },
};

const coach = { name: typed('Jonas Weber'), email: 'jonas@contoso.com' };
const question: CoachQuestion = {
  tenantId: 't',
  programmeId: programme.id,
  questionId: '6f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69',
  mentorId: 'm0',
  coachEmail: coach.email,
  coachId: 'c0',
  text: typed('Wie erkläre ich Kanäle?\nUnd Chats?'),
  status: 'answered',
  answer: typed('Zeig sie live.'),
  askedAt: '2027-02-01T09:00:00.000Z',
  answeredAt: '2027-02-01T10:00:00.000Z',
};

const reader = (t: Translate) => ({ language: languageOfT(t), timeZone: 'Europe/Berlin' });

/** The mentor team's cards: the kit and asking the coach, each way they can look. */
export const MENTOR_TEAM_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'mentor-kit/mentor-kit.card.json': [
    (t) => mentorKitCard(t, reader(t), fullKit),
    // A programme with nothing set up yet.
    (t) => mentorKitCard(t, reader(t), { programme: sampleProgramme('enrolling', false), materials: [] }),
    // A community channel set before its team's group id was recorded: named, without a link.
    (t) => mentorKitCard(t, reader(t), { ...fullKit, community: { conversationId: '19:abc@thread.tacv2', name: 'x' } }),
  ],
  'coach/coach-question-form.card.json': [
    (t) => coachQuestionFormCard(t, { ...programme, coach }, question.questionId),
  ],
  'coach/coach-asked.card.json': [
    (t) => coachAskedCard(t, { ...question, status: 'sent' }, coach),
    (t) => coachAskedCard(t, { ...question, status: 'not-delivered', coachId: undefined }, coach),
  ],
  'coach/coach-question.card.json': [
    (t) =>
      coachQuestionCard(t, { programme, mentorName: typed('Anna Berger'), question: { ...question, status: 'sent' } }),
  ],
  'coach/coach-answer.card.json': [
    (t) => coachAnswerCard(t, question, { mentorReads: true, coachName: coach.name }),
    (t) => coachAnswerCard(t, question, { mentorReads: false }),
  ],
};
