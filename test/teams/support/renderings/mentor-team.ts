import type { Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import type { MentorKit } from '../../../../bot/src/services/mentor-kit/mentor-kit-service';
import { mentorKitCard } from '../../../../bot/src/teams/mentor-kit/mentor-kit.card';
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

const reader = (t: Translate) => ({ language: languageOfT(t), timeZone: 'Europe/Berlin' });

/** The mentor team's cards: the kit, each way it can look. */
export const MENTOR_TEAM_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'mentor-kit/mentor-kit.card.json': [
    (t) => mentorKitCard(t, reader(t), fullKit),
    // A programme with nothing set up yet.
    (t) => mentorKitCard(t, reader(t), { programme: sampleProgramme('enrolling', false), materials: [] }),
    // A community channel set before its team's group id was recorded: named, without a link.
    (t) => mentorKitCard(t, reader(t), { ...fullKit, community: { conversationId: '19:abc@thread.tacv2', name: 'x' } }),
  ],
};
