import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import type { Translate } from '../../../../bot/src/i18n';
import { helpCard } from '../../../../bot/src/teams/help/help.card';
import { welcomeCard } from '../../../../bot/src/teams/welcome/welcome.card';
import { programmeFormCard } from '../../../../bot/src/teams/programmes/programme-form.card';
import { programmeOverviewCard } from '../../../../bot/src/teams/programmes/programme-overview.card';
import { invitationCard } from '../../../../bot/src/teams/onboarding/invitation.card';
import { onboardingFormCard } from '../../../../bot/src/teams/onboarding/onboarding-form.card';
import { profileSummaryCard } from '../../../../bot/src/teams/onboarding/profile-summary.card';
import { programmePickerCard } from '../../../../bot/src/teams/onboarding/programme-picker.card';
import { deleteConfirmationCard, myDataCard } from '../../../../bot/src/teams/privacy/privacy.cards';
import {
  programmeAdminsCard,
  programmeMaterialsCard,
  programmeTopicsCard,
} from '../../../../bot/src/teams/programmes/programme-manage.cards';
import { pairGreetingCard } from '../../../../bot/src/teams/welcome/pair-greeting.card';
import {
  TODAY,
  sampleProgramme,
  sampleProfile,
  mentorProfile,
  menteeProfile,
  samplePair,
  languageOfT,
  STATUSES,
  typed,
} from '../card-samples';

/** Welcome, help, programmes, onboarding and privacy: each template rendered the ways it can be sent. */
export const PEOPLE_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
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
            {
              id: 'm1',
              title: typed('KI [Basics]'),
              url: 'https://learn.microsoft.com',
              topicKey: 'artificial-intelligence',
            },
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
        new Map([['hr', typed('Helga Richter')]]),
        'hr',
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
  'programmes/programme-overview.card.json': [
    ...STATUSES.map(
      (status) => (t: Translate) => programmeOverviewCard(t, sampleProgramme(status, status === 'running')),
    ),
    (t) => programmeOverviewCard(t, sampleProgramme('enrolling', false), 'Notice'),
  ],
};
