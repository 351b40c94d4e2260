import type { Language } from '../language';
import type { Programme } from '../programme/programme';
/** How many choices each person has: one topic, or several. */
export const POLL_VOTING = ['single', 'multi'] as const;
export type PollVoting = (typeof POLL_VOTING)[number];

/** Who decides: the mentee alone (their learning journey), or most votes with the mentee breaking ties. */
export const POLL_DECISIONS = ['mentee', 'most-votes'] as const;
export type PollDecision = (typeof POLL_DECISIONS)[number];

/** A programme's poll settings (kept apart from its meeting settings). */
export interface PollSettings {
  /** The automatic poll opens this many days before a meeting (at once when the meeting is closer). */
  openDaysBefore: number;
  /** It closes this many hours before the meeting; the leader wins. */
  closeHoursBefore: number;
  voting: PollVoting;
  decision: PollDecision;
}

/** The defaults: open three days before, close two hours before, several choices, the mentee decides. */
export const DEFAULT_POLL_SETTINGS: PollSettings = {
  openDaysBefore: 3,
  closeHoursBefore: 2,
  voting: 'multi',
  decision: 'mentee',
};

/** A programme's poll settings, the defaults filling whatever it does not set. */
export function pollSettingsOf(programme: { pollSettings?: Partial<PollSettings> }): PollSettings {
  return { ...DEFAULT_POLL_SETTINGS, ...programme.pollSettings };
}

/** Limits of a poll: options drawn, options in all (with the pair's own), length of an own option. */
export const POLL_LIMITS = { drawnMax: 8, optionsMax: 12, titleMin: 3, titleMax: 120 } as const;

/**
 * One choice on a poll: a catalogue topic (named from the programme's catalogue in the
 * reader's language) or a question the pair typed in, which reads the same in every language.
 */
export interface PollOption {
  id: string;
  topicKey?: string;
  title?: string;
  /** AAD object id of the person who added an own option. */
  addedBy?: string;
  /** UTC ISO; own options are shown in the order they were added. */
  addedAt?: string;
}

/** A vote row: one per person and option, so concurrent votes never overwrite each other. */
export interface PollVote {
  personId: string;
  optionId: string;
  selected: boolean;
  /** UTC ISO of the press; with single voting the latest selection is the person's choice. */
  at: string;
}

/** How a poll ended. */
export interface PollOutcome {
  optionId: string;
  /** `auto` when the poll closed at its time before the meeting. */
  decidedBy: string;
  at: string;
  how: 'mentee-chose' | 'most-votes' | 'auto-close';
}

/** A topic poll of a pair, usually for its next meeting. */
export interface Poll {
  id: string;
  tenantId: string;
  programmeId: string;
  pairId: string;
  mentorId: string;
  menteeId: string;
  /** The meeting whose agenda the outcome becomes, and its number ("meeting 2 of 6"). */
  meetingId: string;
  meetingNumber: number;
  status: 'open' | 'closed';
  /** The options drawn when the poll opened; options the pair adds are stored apart. */
  options: PollOption[];
  voting: PollVoting;
  decision: PollDecision;
  /** AAD object id of who asked for it, or `auto`. */
  openedBy: string;
  openedAt: string;
  outcome?: PollOutcome;
  /** UTC ISO: the meeting was cancelled, and the poll closed without a topic. */
  withdrawnAt?: string;
}

/** True when the person is one of the pair's two members. */
export function isPollMember(poll: Poll, personId: string): boolean {
  return poll.mentorId === personId || poll.menteeId === personId;
}

/** An option's name in a language: the catalogue's name of a topic, or the pair's own words. */
export function optionTitle(option: PollOption, programme: Pick<Programme, 'topics'>, language: Language): string {
  if (!option.topicKey) return option.title ?? '';
  return programme.topics.find((t) => t.key === option.topicKey)?.names[language] ?? option.topicKey;
}
