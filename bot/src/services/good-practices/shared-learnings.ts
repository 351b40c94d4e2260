import type { MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import { goodPracticeOf } from '../../domain/feedback/meeting-feedback';
import { feedbackPracticeSeed } from '../../domain/good-practices/good-practice';
import { practiceFromLearning } from '../../domain/good-practices/practice-submission';
import type { GoodPracticeRepository } from './good-practice-ports';

/** A stable id from a seed (stable-id.ts): the same author and meeting always name the same practice. */
export type StableIds = (seed: string) => string;

/**
 * Files (or refreshes, or withdraws) the practice a member's feedback offers. Only a pending
 * practice follows later edits of the feedback: once HR has decided it, the feedback card
 * changes nothing. A double click writes the same practice twice; the loser's conflict is moot.
 */
export async function fileSharedLearning(
  practices: GoodPracticeRepository,
  ids: StableIds,
  feedback: MeetingFeedback,
  authorName: string,
): Promise<void> {
  const { programmeId, authorId, meetingId } = feedback;
  const id = ids(feedbackPracticeSeed(programmeId, authorId, meetingId));
  const stored = await practices.get(programmeId, id);
  const shared = goodPracticeOf(feedback);
  if (!shared) {
    if (stored?.value.status === 'pending') await practices.delete(programmeId, id);
    return;
  }
  const origin = {
    id,
    programmeId,
    authorId,
    authorName,
    role: feedback.role,
    source: 'feedback' as const,
    meetingId,
    meetingNumber: feedback.meetingNumber,
  };
  const practice = practiceFromLearning(shared.learning, origin, shared.choice);
  if (!stored) await practices.create(practice);
  else if (stored.value.status === 'pending') await practices.update(practice, stored.etag);
}
