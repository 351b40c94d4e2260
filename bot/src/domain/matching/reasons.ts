import type { MeetingFormat } from './profile';

/**
 * Why a pair fits, as data: a code plus what the sentence needs. The Teams layer turns each
 * into a German or English sentence; the domain never writes text.
 */
export type FitReason =
  /** Topics the mentee wants that the mentor offers, in the mentee's order. */
  | { readonly code: 'shared-topics'; readonly topics: readonly string[] }
  /** Availability slots both have, in the mentee's order. */
  | { readonly code: 'shared-availability'; readonly slots: readonly string[] }
  /** How they will meet: `in-person` only at the same location; `either` when both are open to both. */
  | { readonly code: 'format-compatible'; readonly format: MeetingFormat }
  | { readonly code: 'same-location'; readonly location: string }
  /** Different or unknown locations, time zones less than a working day apart. */
  | { readonly code: 'close-time-zones'; readonly minutesApart: number }
  /** Cross-department exchange is one of the programme's goals, so it is worth saying. */
  | { readonly code: 'different-departments'; readonly mentorDepartment: string; readonly menteeDepartment: string }
  | { readonly code: 'shared-languages'; readonly languages: readonly string[] }
  /** HR locked this pair. */
  | { readonly code: 'locked-by-hr' };

/** The reason codes, for validation and documentation. */
export type FitReasonCode = FitReason['code'];
