import { remainingPeople } from '../pairing/pair-ending';
import { pairIdOf, type Pair } from '../pairing/pair';
import type { Programme } from '../programme/programme';
import type { GoodPractice } from '../good-practices/good-practice';
import type { NoticeBatch, PlannedNotice } from './notice';

/** Who is told what after an action, and the seed its stable id is made from (the action, as stored). */
export interface NoticePlan {
  seed: string;
  batch: Omit<NoticeBatch, 'actionId'>;
}

const pairIdOfPair = (pair: Pair) => pairIdOf(pair.mentorId, pair.menteeId);

/** Each new pair's mentee is asked to confirm (a published proposal, or one new partner HR confirmed). */
export function askMenteesPlan(pairs: readonly Pair[]): NoticePlan | undefined {
  const [first] = pairs;
  if (!first) return undefined;
  return {
    seed: `ask-mentees|${first.programmeId}|${pairs.map((p) => `${pairIdOfPair(p)}@${p.createdAt}`).join(',')}`,
    batch: {
      tenantId: first.tenantId,
      programmeId: first.programmeId,
      notices: pairs.map((pair) => ({
        recipient: pair.menteeId,
        subject: { kind: 'ask-mentee', pairId: pairIdOfPair(pair) },
      })),
    },
  };
}

/** The mentee answered: a confirmed pair's mentor is introduced; a declined pair is reported to the admins. */
export function pairAnsweredPlan(pair: Pair, admins: readonly string[]): NoticePlan {
  const pairId = pairIdOfPair(pair);
  const notices: PlannedNotice[] =
    pair.status === 'confirmed'
      ? [
          { recipient: pair.mentorId, subject: { kind: 'introduce-mentor', pairId } },
          { recipient: pair.mentorId, subject: { kind: 'mentor-kit', occasion: 'paired' } },
        ]
      : admins.map((admin) => ({ recipient: admin, subject: { kind: 'pair-declined', pairId } }));
  return {
    seed: `pair-answered|${pair.programmeId}|${pairId}|${pair.respondedAt ?? ''}`,
    batch: { tenantId: pair.tenantId, programmeId: pair.programmeId, notices },
  };
}

/**
 * A pair ended: the people still in it are told (that HR ended it, or that the partner left),
 * and every admin gets the ended pair with who needs a new partner. The pair must be in its
 * ended form (someone who left replaced by a stand-in), so no notice names them.
 */
export function pairEndedPlan(pair: Pair, programme: Pick<Programme, 'admins'>): NoticePlan {
  const endCode = pair.endCode ?? 'ended-by-hr';
  const memberKind = endCode === 'participant-left' ? 'partner-left' : 'tandem-ended';
  const notices: PlannedNotice[] = [
    ...remainingPeople(pair).map((id) => ({ recipient: id, subject: { kind: memberKind } as const })),
    ...programme.admins.map((admin) => ({
      recipient: admin,
      subject: { kind: 'pair-ended', mentorId: pair.mentorId, menteeId: pair.menteeId, endCode } as const,
    })),
  ];
  return {
    seed: `pair-ended|${pair.programmeId}|${remainingPeople(pair).join(',')}|${pair.endedAt ?? ''}`,
    batch: { tenantId: pair.tenantId, programmeId: pair.programmeId, notices },
  };
}

/**
 * Someone onboarded as a mentor: their mentor kit. The seed names the profile's creation, so a
 * double submit records the same notice again, never a second one.
 */
export function mentorOnboardedPlan(mentor: {
  tenantId: string;
  programmeId: string;
  aadObjectId: string;
  createdAt: string;
}): NoticePlan {
  return {
    seed: `mentor-onboarded|${mentor.programmeId}|${mentor.aadObjectId}|${mentor.createdAt}`,
    batch: {
      tenantId: mentor.tenantId,
      programmeId: mentor.programmeId,
      notices: [{ recipient: mentor.aadObjectId, subject: { kind: 'mentor-kit', occasion: 'onboarded' } }],
    },
  };
}

/** HR decided a practice: its author (if it still names one) learns that it was rejected or published. */
export function practiceDecidedPlan(tenantId: string, practice: GoodPractice): NoticePlan | undefined {
  if (!practice.authorId || (practice.status !== 'rejected' && practice.status !== 'published')) return undefined;
  const kind = practice.status === 'rejected' ? ('practice-rejected' as const) : ('practice-published' as const);
  return {
    seed: `practice-decided|${practice.programmeId}|${practice.id}|${practice.status}`,
    batch: {
      tenantId,
      programmeId: practice.programmeId,
      notices: [{ recipient: practice.authorId, subject: { kind, practiceId: practice.id } }],
    },
  };
}
