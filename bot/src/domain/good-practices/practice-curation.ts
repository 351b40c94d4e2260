import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { optionalTypedText, typedText } from '../text';
import { commaSeparated, fieldIssuesOf } from '../validation';
import type { GoodPractice, PracticeChannel } from './good-practice';
import { PRACTICE_LIMITS } from './practice-submission';

/** Why a curation step is refused: someone decided first, or the step does not fit the practice's state. */
export type CurationRefusal = 'already-decided' | 'not-approved' | 'not-yours' | 'invalid-input';

const topicList = commaSeparated(z.array(z.string().max(80)).min(1).max(PRACTICE_LIMITS.topicsMax));

/** HR's edit before approving: title, text and topic tags. */
export const practiceEditSchema = z.object({
  title: typedText(PRACTICE_LIMITS.titleMax, { min: 1 }),
  text: typedText(PRACTICE_LIMITS.textMax, { multiLine: true, min: 1 }),
  topics: topicList,
});

export type PracticeEdit = z.output<typeof practiceEditSchema>;

/** Validates HR's edit; topics outside the catalogue are refused. */
export function parsePracticeEdit(
  input: unknown,
  catalogueKeys: readonly string[],
): Result<PracticeEdit, 'invalid-input'> {
  const parsed = practiceEditSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input', fieldIssuesOf(parsed.error));
  if (parsed.data.topics.some((key) => !catalogueKeys.includes(key)))
    return fail('invalid-input', [{ field: 'topics', code: 'not-in-catalogue' }]);
  return ok({ ...parsed.data, topics: [...new Set(parsed.data.topics)] });
}

/** HR's optional reason for a rejection. */
export const rejectReasonSchema = z.object({
  reason: optionalTypedText(PRACTICE_LIMITS.reasonMax, { multiLine: true }),
});

/** Approves a pending practice with HR's edit; anything already decided stays as it is. */
export function approvePractice(
  practice: GoodPractice,
  edit: PracticeEdit,
  adminId: string,
  now: Date,
): Result<GoodPractice, CurationRefusal> {
  if (practice.status !== 'pending') return fail('already-decided');
  return ok({ ...practice, ...edit, status: 'approved', decidedAt: now.toISOString(), decidedBy: adminId });
}

/** Rejects a pending practice, with HR's reason for the author if given. */
export function rejectPractice(
  practice: GoodPractice,
  reason: string | undefined,
  adminId: string,
  now: Date,
): Result<GoodPractice, CurationRefusal> {
  if (practice.status !== 'pending') return fail('already-decided');
  const decided: GoodPractice = { ...practice, status: 'rejected', decidedAt: now.toISOString(), decidedBy: adminId };
  return ok(reason ? { ...decided, rejectReason: reason } : decided);
}

/** Marks an approved practice published to the chosen channels (at least one). */
export function publishPractice(
  practice: GoodPractice,
  channels: readonly PracticeChannel[],
  now: Date,
): Result<GoodPractice, CurationRefusal> {
  if (practice.status === 'published') return fail('already-decided');
  if (practice.status !== 'approved') return fail('not-approved');
  if (channels.length === 0) return fail('invalid-input', [{ field: 'channels', code: 'required' }]);
  return ok({ ...practice, status: 'published', publishedAt: now.toISOString(), channels: [...new Set(channels)] });
}

/** The author takes their practice back, whatever HR did with it, unless it was rejected or already withdrawn. */
export function withdrawPractice(practice: GoodPractice, authorId: string): Result<GoodPractice, CurationRefusal> {
  if (!practice.authorId || practice.authorId !== authorId) return fail('not-yours');
  if (practice.status === 'rejected' || practice.status === 'withdrawn') return fail('already-decided');
  return ok({ ...practice, status: 'withdrawn' });
}

/** The practices a library shows: published ones, optionally of one topic and matching a search, newest first as given. */
export function libraryView(
  practices: readonly GoodPractice[],
  filter: { topic?: string; search?: string } = {},
): GoodPractice[] {
  const words = (filter.search ?? '').toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean);
  return practices.filter(
    (p) =>
      p.status === 'published' &&
      (!filter.topic || p.topics.includes(filter.topic)) &&
      words.every((w) => `${p.title}\n${p.text}`.toLocaleLowerCase('de-DE').includes(w)),
  );
}

/** One page of a list: `size` items from `page` (0-based), and whether there are more. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; more: boolean } {
  const last = Math.max(0, Math.ceil(items.length / size) - 1);
  const at = Math.min(Math.max(0, page), last);
  return { items: items.slice(at * size, at * size + size), page: at, more: at < last };
}
