import { z } from 'zod';
import { decimalCommaToNumber } from '../decimal-number';
import { DEFAULT_POLL_SETTINGS, POLL_DECISIONS, POLL_VOTING, type PollSettings } from './poll';

/** What HR may set: open up to two weeks before, close up to two days before. */
export const POLL_SETTING_LIMITS = { openDaysMax: 14, closeHoursMax: 48 } as const;

// Cards send an untouched input as '', which means "the default".
const blankIsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);
const whole = (max: number) =>
  z.preprocess(
    (value) => decimalCommaToNumber(blankIsMissing(value)),
    z.coerce.number().int().min(0).max(max).optional(),
  );

/** The programme form's poll fields, merged into the programme settings schema. */
export const pollSettingFields = {
  pollOpenDays: whole(POLL_SETTING_LIMITS.openDaysMax),
  pollCloseHours: whole(POLL_SETTING_LIMITS.closeHoursMax),
  pollVoting: z.preprocess(blankIsMissing, z.enum(POLL_VOTING).optional()),
  pollDecision: z.preprocess(blankIsMissing, z.enum(POLL_DECISIONS).optional()),
};

type PollSettingInput = {
  pollOpenDays?: number;
  pollCloseHours?: number;
  pollVoting?: PollSettings['voting'];
  pollDecision?: PollSettings['decision'];
};

/** The poll settings the form's fields describe, the defaults filling what was left blank. */
export function pollSettingsFrom(input: PollSettingInput): PollSettings {
  return {
    openDaysBefore: input.pollOpenDays ?? DEFAULT_POLL_SETTINGS.openDaysBefore,
    closeHoursBefore: input.pollCloseHours ?? DEFAULT_POLL_SETTINGS.closeHoursBefore,
    voting: input.pollVoting ?? DEFAULT_POLL_SETTINGS.voting,
    decision: input.pollDecision ?? DEFAULT_POLL_SETTINGS.decision,
  };
}

/** A poll must be open for a while before it closes: the close lead has to be shorter than the opening one. */
export function pollWindowIsOpen(settings: PollSettings): boolean {
  return settings.closeHoursBefore < settings.openDaysBefore * 24;
}
