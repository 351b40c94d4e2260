import { parseDecimal, splitNumberList } from '../decimal-number';
import { REMINDER_LEAD_LIMITS } from '../meetings/reminders';
import type { FieldIssue } from '../result';

/** Why typed lead times were refused; `limit` is what the message names (minutes, hours or a count). */
export type LeadHoursIssue = Pick<FieldIssue, 'code' | 'limit'>;

/** The limits as HR reads them on the form: the shortest lead in minutes, the longest in hours. */
export const LEAD_LIMITS_FOR_PEOPLE = {
  minMinutes: REMINDER_LEAD_LIMITS.minMinutes,
  maxHours: REMINDER_LEAD_LIMITS.maxMinutes / 60,
  maxCount: REMINDER_LEAD_LIMITS.maxCount,
} as const;

/**
 * Reminder lead times typed in hours ("24; 0,5" or "24, 0.5") as whole minutes before the
 * meeting. Each failure names the limit that was missed, so the form can say what is allowed.
 */
export function parseLeadHours(text: string): { ok: true; minutes: number[] } | { ok: false; issue: LeadHoursIssue } {
  const hours = splitNumberList(text).map(parseDecimal);
  const issue = leadIssue(hours);
  return issue ? { ok: false, issue } : { ok: true, minutes: hours.map((h) => Math.round(h! * 60)) };
}

function leadIssue(hours: ReadonlyArray<number | undefined>): LeadHoursIssue | undefined {
  const { minMinutes, maxHours, maxCount } = LEAD_LIMITS_FOR_PEOPLE;
  if (hours.length === 0 || hours.some((h) => h === undefined)) return { code: 'not-a-number' };
  if (hours.length > maxCount) return { code: 'too-many', limit: maxCount };
  if (hours.some((h) => Math.round(h! * 60) < minMinutes)) return { code: 'lead-too-short', limit: minMinutes };
  if (hours.some((h) => h! > maxHours)) return { code: 'lead-too-long', limit: maxHours };
  return undefined;
}
