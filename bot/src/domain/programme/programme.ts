import type { CalendarDate } from '../calendar-date';
import type { Language } from '../language';
import type { PollSettings } from '../polls/poll';
import type { Topic } from './topic-catalogue';

/** The life of a programme (cohort). */
export const PROGRAMME_STATUSES = ['draft', 'enrolling', 'matching', 'running', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** A board member's words that open onboarding and news. */
export interface SponsorMessage {
  /**
   * The message in the programme's first language. Programmes saved before messages had
   * languages have only this, and every reader gets it; read through `programmeText()`.
   */
  text: string;
  /** The message per language, as HR wrote it; a language may be missing. */
  texts?: Partial<Record<Language, string>>;
  name: string;
  role: string;
}

/** The coach who supports the mentor team. */
export interface Coach {
  name: string;
  email: string;
}

/** A briefing or learning material, optionally for one topic. */
export interface Material {
  id: string;
  title: string;
  url: string;
  topicKey?: string;
  /** HR marked it as briefing material for the mentor team: it goes into the mentor kit. Absent (older rows) means no. */
  forMentors?: boolean;
}

/** The materials HR marked for the mentor team, in HR's order. */
export function mentorMaterials(programme: Pick<Programme, 'materials'>): Material[] {
  return programme.materials.filter((material) => material.forMentors === true);
}

/** A reverse-mentoring programme (cohort) and its settings. */
export interface Programme {
  id: string;
  tenantId: string;
  name: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  meetingsTarget: number;
  topics: Topic[];
  languages: Language[];
  status: ProgrammeStatus;
  /** AAD object ids of the people who run it. */
  admins: string[];
  sponsor?: SponsorMessage;
  coach?: Coach;
  materials: Material[];
  /** Reminder lead times in minutes before each meeting; the defaults (24 h and 1 h) when unset. */
  reminderLeadsMinutes?: number[];
  /** Topic poll settings; absent means the defaults (see polls/poll.ts). */
  pollSettings?: PollSettings;
  createdAt: string;
  createdBy: string;
  closedAt?: string;
  /** Set when the retention period ended and participants' personal data was deleted. */
  purgedAt?: string;
  /** Counts kept after the purge, for HR's reports. */
  aggregates?: { participants: number; mentors: number; mentees: number };
}

/** The moves HR can make. Enrolment may be reopened during matching; a closed programme stays closed. */
const TRANSITIONS: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['enrolling'],
  enrolling: ['matching'],
  matching: ['running', 'enrolling'],
  running: ['closed'],
  closed: [],
};

/** The statuses a programme can move to next. */
export function nextStatuses(status: ProgrammeStatus): readonly ProgrammeStatus[] {
  return TRANSITIONS[status];
}

/** Whether people can onboard into (or edit their profile in) this programme. */
export function acceptsProfiles(programme: Programme): boolean {
  return programme.status === 'enrolling' || programme.status === 'matching' || programme.status === 'running';
}

/** Whether this person runs the programme. */
export function isAdminOf(programme: Programme, aadObjectId: string): boolean {
  return programme.admins.includes(aadObjectId);
}
