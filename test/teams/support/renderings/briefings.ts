import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import type { Translate } from '../../../../bot/src/i18n';
import type { Briefing } from '../../../../bot/src/domain/briefings';
import { briefingFormCard } from '../../../../bot/src/teams/briefings/briefing-form.card';
import { invitationCard } from '../../../../bot/src/teams/briefings/briefing-invitation.card';
import { organiserCard } from '../../../../bot/src/teams/briefings/briefing-organiser.card';
import { sampleProgramme, typed } from '../card-samples';

/** A sent briefing with typed text everywhere a person types. */
export const sampleBriefing: Briefing = {
  id: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  tenantId: 't',
  programmeId: '3f1c2b7a-0d4e-4b8f-9a6c-1e2d3c4b5a69',
  title: typed('Mentor briefing'),
  startsAt: '2027-03-10T15:30:00.000Z',
  durationMinutes: 90,
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  agenda: typed('Welcome\n1. Your first meeting'),
  materials: typed('- Guide'),
  audience: 'mentors',
  status: 'sent',
  createdBy: 'hr',
  createdByName: 'Helga Richter',
  createdAt: '2027-03-01T09:00:00.000Z',
};

/** Briefing sessions: HR's form and card, and each invitee's card, every way they are sent. */
export const BRIEFINGS_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'briefings/briefing-form.card.json': [
    (t) =>
      briefingFormCard(t, {
        programmes: [sampleProgramme('running', false)],
        briefingId: sampleBriefing.id,
        timeZone: 'Europe/Berlin',
      }),
    (t) =>
      briefingFormCard(t, {
        programmes: [sampleProgramme('running', false)],
        briefingId: sampleBriefing.id,
        timeZone: 'Europe/Berlin',
        entered: { title: typed('x'), joinUrl: 'http://a' },
        issues: [
          { field: 'joinUrl', code: 'not-https' },
          { field: 'date', code: 'out-of-range' },
          { field: 'title', code: 'too-long', limit: 120 },
        ],
      }),
  ],
  'briefings/briefing-invitation.card.json': [
    (t) => invitationCard(t, { briefing: sampleBriefing, timeZone: 'Europe/Berlin', accepted: 0, userIds: ['m'] }),
    (t) =>
      invitationCard(t, {
        briefing: sampleBriefing,
        timeZone: 'America/New_York',
        accepted: 1,
        mine: 'accepted',
        userIds: ['m'],
      }),
    (t) =>
      invitationCard(t, {
        briefing: { ...sampleBriefing, agenda: undefined, materials: undefined },
        timeZone: 'Europe/Berlin',
        accepted: 12,
        mine: 'declined',
        userIds: ['m'],
        reminder: true,
      }),
    (t) =>
      invitationCard(t, {
        briefing: sampleBriefing,
        timeZone: 'Europe/Berlin',
        accepted: 0,
        userIds: [],
        preview: true,
      }),
  ],
  'briefings/briefing-organiser.card.json': [
    (t) =>
      organiserCard(t, {
        briefing: { ...sampleBriefing, status: 'draft' },
        timeZone: 'Europe/Berlin',
        userIds: ['hr'],
      }),
    (t) =>
      organiserCard(t, {
        briefing: { ...sampleBriefing, audience: 'everyone' },
        timeZone: 'Europe/Berlin',
        counts: { accepted: 2, declined: 1 },
        acceptedNames: [typed('Anna Berger'), 'Ümit Yilmaz'],
        userIds: ['hr'],
      }),
    (t) =>
      organiserCard(t, {
        briefing: sampleBriefing,
        timeZone: 'Europe/Berlin',
        counts: { accepted: 0, declined: 0 },
        acceptedNames: [],
        userIds: ['hr'],
      }),
  ],
};
