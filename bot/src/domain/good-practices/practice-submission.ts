import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { linkProblem, optionalTypedText, typedText } from '../text';
import { fieldIssuesOf } from '../validation';
import type { AuthorRole, GoodPractice, OnAuthorDeletion, PracticeCredit, PracticeSource } from './good-practice';

/** Limits of what people type for a practice, named in the error messages. */
export const PRACTICE_LIMITS = { titleMax: 100, textMax: 1000, linkMax: 500, reasonMax: 300, topicsMax: 3 } as const;

const credit = z.preprocess(
  (v) => (v === '' || v == null ? undefined : v),
  z.enum(['named', 'anonymous']).default('anonymous'),
);
const onAuthorDeletion = z.preprocess(
  (v) => (v === '' || v == null ? undefined : v),
  z.enum(['remove', 'anonymise']).default('remove'),
);

/** The credit choices of a submission; anonymous and "remove when I delete my data" by default. */
export const creditChoiceSchema = z.object({ credit, onAuthorDeletion });

export type CreditChoice = { credit: PracticeCredit; onAuthorDeletion: OnAuthorDeletion };

/** The `share a practice` card's inputs (HR's direct entry uses the same). */
export const practiceFormSchema = creditChoiceSchema.extend({
  title: typedText(PRACTICE_LIMITS.titleMax, { min: 1 }),
  text: typedText(PRACTICE_LIMITS.textMax, { multiLine: true, min: 1 }),
  topic: z.string().min(1).max(80),
  link: optionalTypedText(PRACTICE_LIMITS.linkMax),
});

export type PracticeForm = z.output<typeof practiceFormSchema>;

/**
 * Validates a submission: the topic must be in the programme's catalogue and a link https;
 * a tampered topic is refused rather than dropped.
 */
export function parsePracticeForm(
  input: unknown,
  catalogueKeys: readonly string[],
): Result<PracticeForm, 'invalid-input'> {
  const parsed = practiceFormSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  const issues = [
    ...(catalogueKeys.includes(parsed.data.topic) ? [] : [{ field: 'topic', code: 'not-in-catalogue' as const }]),
    ...(parsed.data.link && linkProblem(parsed.data.link)
      ? [{ field: 'link', code: linkProblem(parsed.data.link)! }]
      : []),
  ];
  return issues.length ? fail('invalid-input', issues) : ok(parsed.data);
}

/** Who submits, and from where. */
export interface SubmissionOrigin {
  id: string;
  programmeId: string;
  authorId: string;
  authorName: string;
  role: AuthorRole;
  source: PracticeSource;
  meetingId?: string;
  meetingNumber?: number;
}

/**
 * A new practice from a validated form: pending for HR's curation, or approved straight away
 * when HR adds it. The author's name is kept only for a named credit.
 */
export function newPractice(form: PracticeForm, origin: SubmissionOrigin, now: Date): GoodPractice {
  const { authorName, ...about } = origin;
  const at = now.toISOString();
  return {
    ...about,
    ...(form.credit === 'named' ? { authorName } : {}),
    title: form.title,
    text: form.text,
    topics: [form.topic],
    ...(form.link ? { link: form.link.trim() } : {}),
    credit: form.credit,
    onAuthorDeletion: form.onAuthorDeletion,
    status: origin.source === 'hr' ? 'approved' : 'pending',
    submittedAt: at,
    ...(origin.source === 'hr' ? { decidedAt: at, decidedBy: origin.authorId } : {}),
  };
}

/** A title for a learning shared from the feedback card (which asks for none): its first words. */
export function titleOfLearning(learning: string): string {
  const firstLine = learning.split('\n')[0]!.trim();
  if (firstLine.length <= 60) return firstLine;
  const cut = firstLine.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A learning from meeting feedback as a practice: the learning and topics only, never the private note. */
export function practiceFromLearning(
  learning: { learning: string; topics: readonly string[]; at: string },
  origin: SubmissionOrigin,
  choice: CreditChoice,
): GoodPractice {
  const { authorName, ...about } = origin;
  return {
    ...about,
    ...(choice.credit === 'named' ? { authorName } : {}),
    title: titleOfLearning(learning.learning),
    text: learning.learning,
    topics: [...learning.topics].slice(0, PRACTICE_LIMITS.topicsMax),
    credit: choice.credit,
    onAuthorDeletion: choice.onAuthorDeletion,
    status: 'pending',
    submittedAt: learning.at,
  };
}
