import type { Pair } from './pair';

/** How a pair ended: HR ended it, or one of the two left the programme (which never says how). */
export const PAIR_END_CODES = ['participant-left', 'ended-by-hr'] as const;
export type PairEndCode = (typeof PAIR_END_CODES)[number];

/** Stands in for a person who left in the pairs they were part of; never anyone's real id. */
const FORMER_PREFIX = 'former-';

/** True for the stand-in id of someone who left the programme. */
export function isFormerParticipant(id: string): boolean {
  return id.startsWith(FORMER_PREFIX);
}

/** Whether the pair still runs (or waits for the mentee): its people are not free for a new match. */
export function isActivePair(pair: Pair): boolean {
  return pair.status === 'confirmed' || pair.status === 'awaiting-confirmation';
}

/** The people of a pair who are still in the programme. */
export function remainingPeople(pair: Pick<Pair, 'mentorId' | 'menteeId'>): string[] {
  return [pair.mentorId, pair.menteeId].filter((id) => !isFormerParticipant(id));
}

/**
 * What happens to a pair when one of its people leaves: an active pair ends ("a participant
 * left"), and the person is replaced by a stand-in id. Everything that describes them goes:
 * the fit reasons (departments, places), the momentum memory, HR's free-text reason (it may
 * name them) and the chat binding. What stays tells HR that the partner needs someone new.
 * Returns undefined when nothing is worth keeping: a declined pair, or nobody left in it.
 */
export function withoutParticipant(pair: Pair, personId: string, standInSuffix: string, now: Date): Pair | undefined {
  const standIn = `${FORMER_PREFIX}${standInSuffix}`;
  const others = remainingPeople(pair).filter((id) => id !== personId);
  if (pair.status === 'declined' || others.length === 0) return undefined;
  const ending = isActivePair(pair)
    ? { status: 'ended' as const, endedAt: now.toISOString(), endCode: 'participant-left' as const }
    : {};
  const { momentum: _momentum, chatId: _chatId, endReason: _endReason, ...kept } = pair;
  return {
    ...kept,
    ...ending,
    mentorId: pair.mentorId === personId ? standIn : pair.mentorId,
    menteeId: pair.menteeId === personId ? standIn : pair.menteeId,
    reasons: [],
  };
}
