import type { Language } from '../language';
import type { CalendarDate } from '../calendar-date';
import {
  proposeCadence,
  suggestNextDate,
  teamsMeetingLink,
  toWallClock,
  type Meeting,
  type MeetingFormat,
} from '../meetings';
import type { AvailabilitySlot } from '../participant/availability';

/** A point on the journey's timeline: a meeting that took place, one that is planned, or a suggested slot. */
export interface TimelineEntry {
  number: number;
  kind: 'held' | 'planned' | 'suggested';
  /** UTC ISO start. */
  startsAt: string;
  /** The start on the viewer's wall clock. */
  local: { date: CalendarDate; time: string; timeZone: string };
  durationMinutes?: number;
  format?: MeetingFormat;
  place?: string;
  /** Held: the topic discussed; planned: the agenda. A catalogue key. */
  topicKey?: string;
  /** The agenda in the pair's own words (a question someone added to the poll), when it is no catalogue topic. */
  ownTopic?: string;
  /** Held: every topic the pair said in its feedback the meeting covered. */
  coveredTopicKeys?: string[];
  /** The viewer's own rating of a held meeting (1 … 5). */
  rating?: number;
  /** Planned online meetings without a join link yet: Teams' prefilled new-meeting form for both. */
  meetingLink?: string;
  /** Planned meetings: the join link the pair pasted on the meeting card. */
  joinUrl?: string;
}

/** What the timeline is built from. */
export interface TimelineInput {
  meetings: readonly Meeting[];
  target: number;
  programmeEndDate: CalendarDate;
  /** The zone the viewer reads times in. */
  timeZone: string;
  /** A weekly slot both members marked as free, for suggestions. */
  sharedSlot?: AvailabilitySlot;
  /** Meeting id → the topics the pair's feedback says it covered. */
  covered: ReadonlyMap<string, readonly string[]>;
  /** Meeting id → the viewer's own rating (empty for HR). */
  ownRatings: ReadonlyMap<string, number>;
  attendees: readonly (string | undefined)[];
  /** The viewer's language, for agendas in the pair's own words. */
  language: Language;
  now: Date;
}

/**
 * Held and planned meetings in order, then suggested slots up to the target: the cadence the
 * days left allow, each on the shared slot (or the last meeting's weekday and time).
 * Cancelled and moved meetings are left out: the meeting that replaced them tells the story.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const kept = input.meetings
    .filter((m) => m.status === 'held' || m.status === 'planned')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const entries = kept.map((meeting, index) => meetingEntry(meeting, index + 1, input));
  return [...entries, ...suggestions(kept, entries.length, input)];
}

function meetingEntry(meeting: Meeting, number: number, input: TimelineInput): TimelineEntry {
  const covered = [...(input.covered.get(meeting.id) ?? [])];
  const held = meeting.status === 'held';
  return {
    number,
    kind: held ? 'held' : 'planned',
    startsAt: meeting.startsAt,
    local: localOf(meeting.startsAt, input.timeZone),
    durationMinutes: meeting.durationMinutes,
    format: meeting.format,
    place: meeting.place,
    topicKey: (held ? covered[0] : undefined) ?? meeting.agenda?.topicKey,
    ownTopic:
      !covered.length && meeting.agenda && !meeting.agenda.topicKey ? meeting.agenda.titles[input.language] : undefined,
    coveredTopicKeys: held && covered.length ? covered : undefined,
    rating: held ? input.ownRatings.get(meeting.id) : undefined,
    joinUrl: held ? undefined : meeting.joinUrl,
    meetingLink:
      !held && meeting.format === 'online' && !meeting.joinUrl
        ? teamsMeetingLink({
            subject: `Tandem ${number}/${input.target}`,
            startsAt: meeting.startsAt,
            endsAt: meeting.endsAt,
            attendees: input.attendees,
          })
        : undefined,
  };
}

function suggestions(kept: readonly Meeting[], count: number, input: TimelineInput): TimelineEntry[] {
  const cadence = proposeCadence(kept, input.target, input.programmeEndDate, input.now);
  if (!cadence.ok) return [];
  const result: TimelineEntry[] = [];
  let last: { startsAt: string } | undefined = kept[kept.length - 1];
  for (let k = 0; k < cadence.value.meetingsLeft; k++) {
    const next = suggestNextDate({
      last,
      timeZone: input.timeZone,
      slot: input.sharedSlot,
      intervalDays: cadence.value.intervalDays,
      programmeEndDate: input.programmeEndDate,
      now: input.now,
    });
    if (!next.ok) break;
    result.push({
      number: count + k + 1,
      kind: 'suggested',
      startsAt: next.value.startsAt,
      local: { date: next.value.date, time: next.value.time, timeZone: input.timeZone },
    });
    last = next.value;
  }
  return result;
}

function localOf(startsAt: string, timeZone: string): TimelineEntry['local'] {
  const reading = toWallClock(new Date(startsAt), timeZone);
  if (reading.ok) return { date: reading.value.date, time: reading.value.time, timeZone };
  return { date: startsAt.slice(0, 10), time: startsAt.slice(11, 16), timeZone: 'UTC' };
}
