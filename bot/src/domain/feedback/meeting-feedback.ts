import { z } from 'zod';
import { optionalTypedText, typedText } from '../text';
import { fail, ok, type Result } from '../result';
import { cardToggle, commaSeparated, fieldIssuesOf } from '../validation';
import type { OnAuthorDeletion, PracticeCredit } from '../good-practices/good-practice';
import { creditChoiceSchema, type CreditChoice } from '../good-practices/practice-submission';

/** Limits of what people type on the feedback card, named in the error messages. */
export const FEEDBACK_LIMITS = { learningMax: 500, privateNoteMax: 1000, topicsMax: 12 } as const;

/**
 * One person's feedback on one held meeting. There is at most one per person and meeting;
 * submitting again edits it. `privateNote` is for its author only: never shown to the partner
 * or HR, never part of a good-practice submission.
 */
export interface MeetingFeedback {
  programmeId: string;
  pairId: string;
  meetingId: string;
  meetingNumber: number;
  authorId: string;
  role: 'mentor' | 'mentee';
  rating: 1 | 2 | 3 | 4 | 5;
  /** Topic keys from the programme's catalogue the meeting actually covered. */
  topicsCovered: string[];
  learning: string;
  privateNote?: string;
  /** The author offers the learning to HR as a good practice. */
  shareAsGoodPractice: boolean;
  /** How a shared learning is credited (anonymous by default). */
  practiceCredit?: PracticeCredit;
  /** What stays of it, once published, when the author deletes their data (removed by default). */
  practiceOnDeletion?: OnAuthorDeletion;
  createdAt: string;
  updatedAt: string;
}

const commaList = commaSeparated(z.array(z.string().max(80)).max(FEEDBACK_LIMITS.topicsMax));

/** The feedback card's inputs. */
export const feedbackFormSchema = z.object({
  rating: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
    z.number().int().min(1).max(5),
  ),
  topicsCovered: commaList,
  learning: typedText(FEEDBACK_LIMITS.learningMax, { multiLine: true, min: 1 }),
  privateNote: optionalTypedText(FEEDBACK_LIMITS.privateNoteMax, { multiLine: true }),
  shareAsGoodPractice: cardToggle,
  practiceCredit: creditChoiceSchema.shape.credit,
  practiceOnDeletion: creditChoiceSchema.shape.onAuthorDeletion,
});

export type FeedbackForm = z.output<typeof feedbackFormSchema>;

/**
 * Validates the card; topics outside the programme's catalogue are refused rather than
 * dropped, because a tampered card should not quietly store something else.
 */
export function parseFeedbackForm(
  input: unknown,
  catalogueKeys: readonly string[],
): Result<FeedbackForm, 'invalid-input'> {
  const parsed = feedbackFormSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  if (parsed.data.topicsCovered.some((key) => !catalogueKeys.includes(key)))
    return fail('invalid-input', [{ field: 'topicsCovered', code: 'invalid' }]);
  return ok({ ...parsed.data, topicsCovered: [...new Set(parsed.data.topicsCovered)] });
}

/** The stored feedback after a submit: new, or the author's earlier one edited (its creation time kept). */
export function recordFeedback(
  form: FeedbackForm,
  about: Pick<MeetingFeedback, 'programmeId' | 'pairId' | 'meetingId' | 'meetingNumber' | 'authorId' | 'role'>,
  existing: MeetingFeedback | undefined,
  now: Date,
): MeetingFeedback {
  const at = now.toISOString();
  const { privateNote, ...rest } = form;
  const feedback: MeetingFeedback = {
    ...about,
    ...rest,
    rating: form.rating as MeetingFeedback['rating'],
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  return privateNote ? { ...feedback, privateNote } : feedback;
}

/** A learning offered to HR as a good practice: the learning, its topics and the credit chosen; no private note, no rating. */
export interface SharedLearning {
  learning: { learning: string; topics: string[]; at: string };
  choice: CreditChoice;
}

/** What to offer HR for this feedback, or nothing when the author did not (or no longer) shares. */
export function goodPracticeOf(feedback: MeetingFeedback): SharedLearning | undefined {
  if (!feedback.shareAsGoodPractice) return undefined;
  return {
    learning: { learning: feedback.learning, topics: feedback.topicsCovered, at: feedback.updatedAt },
    choice: {
      credit: feedback.practiceCredit ?? 'anonymous',
      onAuthorDeletion: feedback.practiceOnDeletion ?? 'remove',
    },
  };
}

/** The feedback as someone other than its author may see it (the partner in the journey): without the private note. */
export function withoutPrivateNote(feedback: MeetingFeedback): Omit<MeetingFeedback, 'privateNote'> {
  const { privateNote: _hidden, ...shared } = feedback;
  return shared;
}

/** A pair's feedback as one member may see it: their own in full, the partner's without the private note. */
export function feedbackSeenBy(
  feedback: readonly MeetingFeedback[],
  viewerId: string,
): Array<MeetingFeedback | Omit<MeetingFeedback, 'privateNote'>> {
  return feedback.map((f) => (f.authorId === viewerId ? f : withoutPrivateNote(f)));
}
