import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Profile } from '../../domain/participant/profile';
import type { Enrolment } from '../../domain/participant/enrolment';
import type { FieldIssue } from '../../domain/result';
import type { Programme } from '../../domain/programme/programme';
import { mentorOnboardedPlan } from '../../domain/notices/notice-plans';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import type {
  OnboardingFailure,
  OnboardingService,
  ProgrammeMembership,
} from '../../services/onboarding/onboarding-service';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse, type CardActionHandler } from '../cards/card-action';
import type { Logger } from '../../logger';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import { clientInfoOf, languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { invitationCard } from './invitation.card';
import { NO_MANAGER, onboardingFormCard } from './onboarding-form.card';
import { profileSummaryCard } from './profile-summary.card';
import { programmePickerCard } from './programme-picker.card';

/** The programme a card action names. */
type ProgrammeRef = { programmeId: string };

export interface OnboardingFeatureDeps {
  onboarding: OnboardingService;
  /** Records the mentor kit that follows a mentor's onboarding, before the click is answered. */
  notices: NoticeOutbox;
  privacyUrl: string;
  logger: Logger;
}

/** A sentence for every refusal: a new reason without one does not compile. */
const ONBOARDING_REFUSALS = {
  'programme-not-found': 'onboarding.programmeNotFound',
  'programme-not-open': 'onboarding.programmeNotOpen',
  busy: 'onboarding.busy',
  // Marked on the form instead; never said on their own.
  'invalid-input': 'errors.turnFailed',
  'consent-required': 'errors.turnFailed',
  'role-locked': 'errors.turnFailed',
} as const satisfies Record<OnboardingFailure, string>;

/** Joining a programme: the invitation's Start button, the onboarding form, `profile` and Edit. */
export function registerOnboarding(app: Application<TurnState>, deps: OnboardingFeatureDeps): void {
  registerProfileCommand(app, deps);
  const on = cardActions<OnboardingFailure>(app, {
    logger: deps.logger,
    refusals: (t, reason) => t(ONBOARDING_REFUSALS[reason]),
  });
  // The sign-in address finds HR's enrolment, which prefills role, department and location.
  const withSignIn = { actor: (context: TurnContext) => actorOf(context, { withUserPrincipalName: true }) };
  on(Verbs.showProfile, programmeRef, async ({ context, data: ref, actor, t }) => {
    const membership = (await deps.onboarding.memberships(actor)).find((m) => m.programme.id === ref.programmeId);
    return membership ? membershipCard(context, membership) : t('onboarding.programmeNotFound');
  });
  on(Verbs.startOnboarding, programmeRef, startOnboarding(deps), withSignIn);
  on(Verbs.submitOnboarding, programmeRef, submitOnboarding(deps), withSignIn);
}

/** `profile`/`profil`: the person's profile, or a picker when they are in several programmes. */
function registerProfileCommand(app: Application<TurnState>, deps: OnboardingFeatureDeps): void {
  app.message(command('profile'), async (context) => {
    const t = translatorFor(context);
    const memberships = await deps.onboarding.memberships(await actorOf(context));
    if (memberships.length === 0)
      return void (await context.sendActivity(MessageFactory.text(t('onboarding.noProgramme'))));
    const card =
      memberships.length === 1
        ? membershipCard(context, memberships[0]!)
        : programmePickerCard(
            t,
            memberships.map((m) => m.programme),
          );
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });
}

/** Start: the form, prefilled from the profile (editing) or HR's enrolment (first time). */
function startOnboarding(deps: OnboardingFeatureDeps): CardActionHandler<ProgrammeRef, OnboardingFailure> {
  return async ({ context, data: ref, actor }) => {
    const programme = await deps.onboarding.openProgramme(actor, ref.programmeId);
    if (!programme.ok) return refuse(programme.reason);
    const [profile, enrolment] = await Promise.all([
      deps.onboarding.profile(actor, ref.programmeId),
      deps.onboarding.enrolment(actor, ref.programmeId),
    ]);
    return form(deps, context, programme.value, { profile, enrolment });
  };
}

/** Submit: the summary once every answer is right; otherwise the form again, every problem marked. */
function submitOnboarding(deps: OnboardingFeatureDeps): CardActionHandler<ProgrammeRef, OnboardingFailure> {
  return async ({ context, data: ref, raw: data, actor, t, language }) => {
    const answers = {
      ...data,
      managerAadObjectId: data.managerAadObjectId === NO_MANAGER ? '' : data.managerAadObjectId,
    };
    const result = await deps.onboarding.submit(actor, ref.programmeId, { answers, consent: data.consent });
    if (result.ok) {
      const { programme, profile, created } = result.value;
      if (created && profile.role === 'mentor') await deps.notices.record(mentorOnboardedPlan(profile));
      const notice = t(created ? 'onboarding.summary.saved' : 'onboarding.summary.updated');
      return profileSummaryCard(t, language, programme, profile, notice);
    }
    const programme = await deps.onboarding.openProgramme(actor, ref.programmeId);
    if (!programme.ok) return refuse(programme.reason);
    const again = (extra: FormExtras) => form(deps, context, programme.value, { entered: data, ...extra });
    switch (result.reason) {
      case 'invalid-input':
        return again({ issues: result.issues });
      case 'consent-required':
        return again({
          issues: [{ field: 'consent', code: 'required' }],
          summaryText: t('onboarding.form.consentRequired'),
        });
      case 'role-locked':
        return again({ issues: [{ field: 'role', code: 'invalid' }], summaryText: t('onboarding.roleLocked') });
      default:
        return refuse(result.reason);
    }
  };
}

interface FormExtras {
  profile?: Profile;
  enrolment?: Enrolment;
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  summaryText?: string;
}

function form(
  deps: OnboardingFeatureDeps,
  context: TurnContext,
  programme: Programme,
  extra: FormExtras,
): AdaptiveCardJson {
  return onboardingFormCard(translatorFor(context), {
    programme,
    language: languageFor(context),
    clientTimeZone: clientInfoOf(context).timeZone,
    privacyUrl: deps.privacyUrl,
    ...extra,
  });
}

/** A person's profile in a programme, or the invitation when there is none yet. */
export function membershipCard(context: TurnContext, membership: ProgrammeMembership): AdaptiveCardJson {
  const t = translatorFor(context);
  return membership.profile
    ? profileSummaryCard(t, languageFor(context), membership.programme, membership.profile)
    : invitationCard(t, membership.programme);
}
