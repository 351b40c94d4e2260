import type { Meeting } from '../../domain/meetings';
import { allOptions, drawOptions, pollSettingsOf, type Poll, type PollOption } from '../../domain/polls';
import type { Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import type { PollState } from './poll-ports';

/** What a new poll is drawn from. */
export interface OpeningContext {
  pair: Pair;
  pairId: string;
  programme: Programme;
  mentee?: Profile;
  meetings: readonly Meeting[];
  /** The pair's earlier polls, oldest first. */
  earlier: readonly PollState[];
  meeting: Meeting;
  openedBy: string;
  now: Date;
}

/** The next free poll id of a meeting: `<meeting>.<n>`, so two people opening at once meet on one row. */
export function nextPollId(meetingId: string, earlier: readonly PollState[]): string {
  return `${meetingId}.${earlier.filter((s) => s.poll.meetingId === meetingId).length + 1}`;
}

/** A new poll for the meeting, its options drawn from the mentee's wishes, earlier polls and the catalogue. */
export function openingPoll(ctx: OpeningContext): Poll {
  const settings = pollSettingsOf(ctx.programme);
  const covered = ctx.meetings
    .filter((m) => m.status === 'held')
    .flatMap((m) => (m.agenda?.topicKey ? [m.agenda.topicKey] : []));
  return {
    id: nextPollId(ctx.meeting.id, ctx.earlier),
    tenantId: ctx.pair.tenantId,
    programmeId: ctx.programme.id,
    pairId: ctx.pairId,
    mentorId: ctx.pair.mentorId,
    menteeId: ctx.pair.menteeId,
    meetingId: ctx.meeting.id,
    meetingNumber: ctx.meeting.number,
    status: 'open',
    options: drawOptions({
      catalogue: ctx.programme.topics,
      menteeTopics: ctx.mentee?.topics ?? [],
      covered,
      earlierNotChosen: notChosen(ctx.earlier),
    }),
    voting: settings.voting,
    decision: settings.decision,
    openedBy: ctx.openedBy,
    openedAt: ctx.now.toISOString(),
  };
}

/** Options of earlier closed polls that lost, the most recent poll first. */
function notChosen(earlier: readonly PollState[]): PollOption[] {
  return [...earlier]
    .reverse()
    .filter((s) => s.poll.status === 'closed')
    .flatMap((s) => allOptions(s.poll.options, s.added).filter((o) => o.id !== s.poll.outcome?.optionId));
}

/** The pair's next planned meeting: the earliest one still ahead. */
export function nextPlannedMeeting(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  return meetings
    .filter((m) => m.status === 'planned' && Date.parse(m.startsAt) > now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}
