import type { Clock } from '../../domain/clock';
import {
  editProfile,
  hasAnswers,
  parseProfileAnswers,
  type Profile,
  type ProfileAnswers,
} from '../../domain/participant/profile';
import { acceptsProfiles, type Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor, Versioned } from '../versioned';
import type { ConsentRefusalLog } from './consent-refusal-log';
import type { ProfileRepository } from './profile-repository';
import type { EnrolmentRepository } from '../enrolment/enrolment-repository';
import type { Enrolment } from '../../domain/participant/enrolment';

/** The version of the privacy text people consent to; stored with each consent. */
export const CONSENT_VERSION = '2027-01';

/** How often an edit re-reads and writes again when another write came first (ETag conflict). */
const WRITE_ATTEMPTS = 5;

export type OnboardingFailure =
  'programme-not-found' | 'programme-not-open' | 'consent-required' | 'invalid-input' | 'role-locked' | 'busy';

/** A saved profile, whether it was new, and the programme it belongs to (for the summary card). */
export interface SubmittedProfile {
  profile: Profile;
  created: boolean;
  programme: Programme;
}

/** A programme as one person sees it: open for onboarding, and their profile if they have one. */
export interface ProgrammeMembership {
  programme: Programme;
  profile?: Profile;
}

/** Participants' use cases: onboard, view and edit the profile. */
export class OnboardingService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly profiles: ProfileRepository,
    private readonly refusals: ConsentRefusalLog,
    private readonly enrolments: EnrolmentRepository,
    private readonly clock: Clock,
  ) {}

  /** HR's enrolment of this person (from a CSV import), to prefill the form; needs the sign-in address. */
  async enrolment(actor: Actor, programmeId: string): Promise<Enrolment | undefined> {
    return actor.userPrincipalName ? this.enrolments.find(programmeId, actor.userPrincipalName) : undefined;
  }

  /** Programmes the person belongs to or can join (most tenants run one at a time). */
  async memberships(actor: Actor): Promise<ProgrammeMembership[]> {
    const programmes = await this.programmes.list(actor.tenantId);
    const withProfiles = await Promise.all(
      programmes.map(async ({ value: programme }) => ({
        programme,
        profile: (await this.profiles.get(programme.id, actor.aadObjectId))?.value,
      })),
    );
    return withProfiles.filter((m) => m.profile || acceptsProfiles(m.programme));
  }

  /** The programme a person may onboard into, checked against tampered ids from card data. */
  async openProgramme(actor: Actor, programmeId: string): Promise<Result<Programme, OnboardingFailure>> {
    const found = await this.programmes.get(actor.tenantId, programmeId);
    if (!found) return fail('programme-not-found');
    if (!acceptsProfiles(found.value)) return fail('programme-not-open');
    return ok(found.value);
  }

  /**
   * Saves onboarding answers: creates the profile the first time (a double submit finds the
   * first one) and edits it afterwards. Without consent nothing but the refusal is stored.
   */
  async submit(
    actor: Actor,
    programmeId: string,
    input: { answers: unknown; consent: unknown },
  ): Promise<Result<SubmittedProfile, OnboardingFailure>> {
    const programme = await this.openProgramme(actor, programmeId);
    if (!programme.ok) return programme;
    const answers = parseProfileAnswers(input.answers, programme.value.topics);
    if (!answers.ok) return answers;
    if (input.consent !== true && input.consent !== 'true') {
      await this.refusals.record(programmeId, actor.aadObjectId, this.clock.now());
      return fail('consent-required');
    }
    const existing = await this.profiles.get(programmeId, actor.aadObjectId);
    if (existing) return this.edit(actor, programme.value, answers.value, existing);

    const now = this.clock.now().toISOString();
    const profile: Profile = {
      ...answers.value,
      programmeId,
      tenantId: actor.tenantId,
      aadObjectId: actor.aadObjectId,
      displayName: actor.displayName,
      userPrincipalName: actor.userPrincipalName,
      consent: { givenAt: now, version: CONSENT_VERSION },
      locale: actor.locale,
      createdAt: now,
      updatedAt: now,
    };
    if ((await this.profiles.create(profile)) === 'exists') return this.edit(actor, programme.value, answers.value);
    // Links HR's enrolment to the Teams user, so exports join them and deletion finds it.
    if (actor.userPrincipalName) await this.enrolments.link(programmeId, actor.userPrincipalName, actor.aadObjectId);
    return ok({ profile, created: true, programme: programme.value });
  }

  /** The person's profile in a programme. */
  async profile(actor: Actor, programmeId: string): Promise<Profile | undefined> {
    const programme = await this.programmes.get(actor.tenantId, programmeId);
    if (!programme) return undefined;
    return (await this.profiles.get(programmeId, actor.aadObjectId))?.value;
  }

  /**
   * Applies answers to the stored profile. Another submit may write between our read and our
   * write (a double click, a Teams retry, two devices): on a conflict it reads again and, unless
   * the profile already says the same, writes again, a few times before giving up as busy.
   */
  private async edit(
    actor: Actor,
    programme: Programme,
    answers: ProfileAnswers,
    read?: Versioned<Profile>,
  ): Promise<Result<SubmittedProfile, OnboardingFailure>> {
    // Once HR is matching, a role change would silently break proposed or published pairs.
    const roleLocked = programme.status === 'matching' || programme.status === 'running';
    let stored = read;
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      stored ??= await this.profiles.get(programme.id, actor.aadObjectId);
      if (!stored) return fail('busy'); // deleted meanwhile: the person submits again
      if (hasAnswers(stored.value, answers, actor.locale)) return ok(unchanged(stored.value, programme));
      const edited = editProfile(stored.value, answers, { now: this.clock.now(), roleLocked, locale: actor.locale });
      if (!edited.ok) return edited;
      if ((await this.profiles.update(edited.value, stored.etag)) === 'written')
        return ok({ profile: edited.value, created: false, programme });
      stored = undefined;
    }
    return fail('busy');
  }
}

/**
 * A submit that finds its answers already stored changed nothing. While the profile is as it
 * was created, it is a repeat of the creating submit (a double click, a retry) and answers as
 * that one did; after an edit it answers as an edit.
 */
function unchanged(profile: Profile, programme: Programme): SubmittedProfile {
  return { profile, created: profile.createdAt === profile.updatedAt, programme };
}
