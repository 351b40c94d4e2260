/** A field that failed validation, with a reason code the Teams layer turns into a sentence. */
export interface FieldIssue {
  field: string;
  code:
    | 'required'
    | 'too-long'
    | 'too-short'
    | 'invalid'
    | 'not-in-catalogue'
    | 'out-of-range'
    | 'before-start'
    | 'too-short-duration'
    | 'not-https'
    | 'link-characters'
    | 'not-a-number'
    | 'too-many'
    | 'lead-too-short'
    | 'lead-too-long'
    | 'overlaps';
  /** The limit that was exceeded, where there is one (characters, items, months). */
  limit?: number;
}

/** Expected failures are values: a reason code, and for input problems the fields concerned. */
export type Result<T, R extends string = string> =
  { ok: true; value: T } | { ok: false; reason: R; issues?: FieldIssue[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(
  reason: R,
  issues?: FieldIssue[],
): { ok: false; reason: R; issues?: FieldIssue[] } => (issues ? { ok: false, reason, issues } : { ok: false, reason });
