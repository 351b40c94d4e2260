import { z, type ZodError, type ZodIssue } from 'zod';
import type { FieldIssue } from './result';

/**
 * Turns zod's issues into field issues with reason codes. The domain states its limits with
 * zod schemas; the Teams layer words the codes in the reader's language.
 */
export function fieldIssuesOf(error: ZodError): FieldIssue[] {
  const seen = new Set<string>();
  return error.issues.map(toFieldIssue).filter((issue) => {
    if (seen.has(issue.field)) return false; // one message per field is enough for a person
    seen.add(issue.field);
    return true;
  });
}

function toFieldIssue(issue: ZodIssue): FieldIssue {
  const field = String(issue.path[0] ?? 'form');
  if (issue.code === 'too_big') {
    return { field, code: issue.type === 'number' ? 'out-of-range' : 'too-long', limit: Number(issue.maximum) };
  }
  if (issue.code === 'too_small') {
    if (issue.type === 'number') return { field, code: 'out-of-range', limit: Number(issue.minimum) };
    return Number(issue.minimum) <= 1
      ? { field, code: 'required' }
      : { field, code: 'too-short', limit: Number(issue.minimum) };
  }
  if (issue.code === 'invalid_type' && (issue.received === 'undefined' || issue.received === 'null'))
    return { field, code: 'required' };
  if (issue.code === 'custom' && issue.params?.code)
    return { field, code: issue.params.code as FieldIssue['code'], limit: issue.params.limit as number | undefined };
  return { field, code: 'invalid' };
}

/**
 * Cards send multi-selects as comma-separated text: `list` applied to its items (trimmed,
 * blanks dropped; nothing sent is an empty list).
 */
export function commaSeparated<T extends z.ZodTypeAny>(list: T) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : (v ?? []),
    list,
  );
}

/** Card toggles send 'true'/'false' (text). */
export const cardToggle = z.preprocess((v) => v === true || v === 'true', z.boolean());
