import type { ConversationDirectory } from '../conversation-directory';
import type { EnrolmentRepository } from '../enrolment/enrolment-repository';
import type { PairRepository, ProposalRepository } from '../matching/pairing-repositories';
import { memberPairs } from '../matching/tenant-pairs';
import { pairIdOf } from '../../domain/pairing/pair';
import { withoutParticipant } from '../../domain/pairing/pair-ending';
import type { ConsentRefusalLog } from '../onboarding/consent-refusal-log';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { DataSubject, PersonalDataSource } from './personal-data';
import type { FeedbackRepository } from '../feedback/feedback-ports';
import type { MeetingRepository } from '../meetings/meeting-ports';
import type { BroadcastRepository, RecipientRepository } from '../broadcasts/broadcast-ports';

/** Profiles and declined consents, looked up in each of the tenant's programmes. */
export function programmeParticipationData(
  programmes: ProgrammeRepository,
  profiles: ProfileRepository,
  refusals: ConsentRefusalLog,
): PersonalDataSource[] {
  const programmeIds = async (subject: DataSubject) => (await programmes.list(subject.tenantId)).map((p) => p.value.id);
  return [
    {
      name: 'profiles',
      async exportFor(subject) {
        const found = await Promise.all(
          (await programmeIds(subject)).map((id) => profiles.get(id, subject.aadObjectId)),
        );
        return found.flatMap((profile) => (profile ? [profile.value] : []));
      },
      async deleteFor(subject) {
        for (const id of await programmeIds(subject)) await profiles.delete(id, subject.aadObjectId);
      },
    },
    {
      name: 'consentRefusals',
      async exportFor(subject) {
        const ids = await programmeIds(subject);
        const found = await Promise.all(
          ids.map(async (programmeId) => ({
            programmeId,
            refusal: await refusals.find(programmeId, subject.aadObjectId),
          })),
        );
        return found.flatMap(({ programmeId, refusal }) => (refusal ? [{ programmeId, ...refusal }] : []));
      },
      async deleteFor(subject) {
        for (const id of await programmeIds(subject)) await refusals.delete(id, subject.aadObjectId);
      },
    },
  ];
}

/** HR's enrolments of the person (from CSV imports), found by sign-in address or linked Teams user. */
export function enrolmentData(programmes: ProgrammeRepository, enrolments: EnrolmentRepository): PersonalDataSource {
  const programmeIds = async (subject: DataSubject) => (await programmes.list(subject.tenantId)).map((p) => p.value.id);
  return {
    name: 'enrolments',
    async exportFor(subject) {
      return (await Promise.all((await programmeIds(subject)).map((id) => enrolments.forPerson(id, subject)))).flat();
    },
    async deleteFor(subject) {
      for (const id of await programmeIds(subject)) await enrolments.deletePerson(id, subject);
    },
  };
}

/** The pairs that name the person, as mentor or mentee (by key, through the member index). */
function pairsOf(programmes: ProgrammeRepository, pairs: PairRepository, subject: DataSubject) {
  return memberPairs(programmes, pairs, subject.tenantId, subject.aadObjectId);
}

/**
 * The meetings of the person's pairs (times, places, who moved or cancelled them). They name
 * both members like the pair does, so they go with the pair; this source runs before the pairs'.
 */
export function meetingData(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  meetings: MeetingRepository,
): PersonalDataSource {
  const mine = (subject: DataSubject) => pairsOf(programmes, pairs, subject);
  return {
    name: 'meetings',
    async exportFor(subject) {
      const lists = await Promise.all(
        (await mine(subject)).map((pair) => meetings.list(pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId))),
      );
      return lists.flat().map((m) => m.value);
    },
    async deleteFor(subject) {
      for (const pair of await mine(subject))
        await meetings.deletePair(pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId));
    },
  };
}

/** How a deletion stands in for the person in the pairs they leave: a clock and fresh ids. */
export interface StandIns {
  now(): Date;
  newId(): string;
}

/**
 * The person's pairs. Each names both people, so the person's id goes: an active pair ends
 * ("a participant left") and is kept for HR under a new id with a stand-in for the person,
 * so the partner shows as needing someone new; declined pairs go. The partner's own feedback
 * moves with the kept pair (its partition and rows named the person through the pair id). The
 * Teams layer tells the partner and HR, and nothing more. A current proposal naming the person
 * is dropped too.
 */
export function pairingData(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  proposals: ProposalRepository,
  feedback: Pick<FeedbackRepository, 'movePair' | 'deletePair'>,
  standIns: StandIns,
): PersonalDataSource {
  const mine = (subject: DataSubject) => pairsOf(programmes, pairs, subject);
  return {
    name: 'pairs',
    exportFor: mine,
    async deleteFor(subject) {
      for (const pair of await mine(subject)) {
        const kept = withoutParticipant(pair, subject.aadObjectId, standIns.newId(), standIns.now());
        const pairId = pairIdOf(pair.mentorId, pair.menteeId);
        // Written before the original goes: a crash in between loses no ended pair (a retry may keep a second copy, never the person's id).
        if (kept) await pairs.create(kept);
        if (kept) await feedback.movePair(pair.programmeId, pairId, pairIdOf(kept.mentorId, kept.menteeId));
        else await feedback.deletePair(pair.programmeId, pairId);
        await pairs.delete(pair.programmeId, pairId);
      }
      for (const { value: programme } of await programmes.list(subject.tenantId)) {
        const proposal = await proposals.get(programme.id);
        if (proposal && JSON.stringify(proposal.value).includes(subject.aadObjectId))
          await proposals.delete(programme.id);
      }
    },
  };
}

/** The person's meeting feedback (with their private notes), by key in each of their pairs. */
export function feedbackData(programmes: ProgrammeRepository, feedback: FeedbackRepository): PersonalDataSource {
  const programmeIds = async (subject: DataSubject) => (await programmes.list(subject.tenantId)).map((p) => p.value.id);
  return {
    name: 'meetingFeedback',
    async exportFor(subject) {
      return (
        await Promise.all((await programmeIds(subject)).map((id) => feedback.byAuthor(id, subject.aadObjectId)))
      ).flat();
    },
    async deleteFor(subject) {
      for (const id of await programmeIds(subject)) await feedback.deleteByAuthor(id, subject.aadObjectId);
    },
  };
}

/** The address of the person's personal chat with Tandem (with locale and time zone). */
export function conversationData(directory: ConversationDirectory): PersonalDataSource {
  return {
    name: 'conversations',
    async exportFor(subject) {
      const address = await directory.findPerson(subject.tenantId, subject.aadObjectId);
      return address
        ? [
            {
              scope: address.scope,
              conversationId: address.conversationId,
              locale: address.locale,
              timeZone: address.timeZone,
              displayName: address.displayName,
              updatedAt: address.updatedAt,
            },
          ]
        : [];
    },
    async deleteFor(subject) {
      await directory.forget(subject.tenantId, 'personal', subject.aadObjectId);
    },
  };
}

/**
 * News delivered to the person: which broadcast, and how the delivery ended. Found by key: in
 * each of the tenant's broadcasts the person's row has a known key and shard.
 */
export function broadcastDeliveryData(
  broadcasts: Pick<BroadcastRepository, 'recent'>,
  recipients: Pick<RecipientRepository, 'ofPerson' | 'deletePerson'>,
): PersonalDataSource {
  const all = (subject: DataSubject) => broadcasts.recent(subject.tenantId, Number.MAX_SAFE_INTEGER);
  return {
    name: 'broadcastDeliveries',
    async exportFor(subject) {
      return (await recipients.ofPerson(subject.aadObjectId, await all(subject))).map((r) => ({
        broadcastId: r.broadcastId,
        status: r.status,
        reason: r.reason,
        updatedAt: r.updatedAt,
      }));
    },
    async deleteFor(subject) {
      await recipients.deletePerson(subject.aadObjectId, await all(subject));
    },
  };
}
