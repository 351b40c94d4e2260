/**
 * Why a pair is not allowed. Each code belongs to one hard rule (see `rules.ts`), except
 * `same-person`, which always applies, and `not-scored`, the `null` of the scores input.
 */
export type RuleViolation =
  | 'same-person'
  | 'same-department'
  | 'reporting-line'
  | 'no-shared-language'
  | 'previous-pair'
  | 'excluded'
  | 'not-scored';

/** One bit per violation, so a whole pool's verdicts fit in a Uint8Array. */
export const VIOLATION_BIT: Readonly<Record<RuleViolation, number>> = Object.freeze({
  'same-person': 1,
  'same-department': 2,
  'reporting-line': 4,
  'no-shared-language': 8,
  'previous-pair': 16,
  excluded: 32,
  'not-scored': 64,
});

const ORDER = Object.keys(VIOLATION_BIT) as RuleViolation[];

/** The codes set in a violation mask, in a fixed order. */
export function violationCodes(mask: number): RuleViolation[] {
  return ORDER.filter((code) => (mask & VIOLATION_BIT[code]) !== 0);
}
