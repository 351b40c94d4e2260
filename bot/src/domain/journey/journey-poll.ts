import type { Language } from '../language';
import { optionTitle, tally, type Poll, type PollOption, type PollVote } from '../polls';
import type { Programme } from '../programme/programme';
import type { JourneyPoll } from './journey-sections';

/** A pair's open poll as stored: its drawn and added options and every vote row. */
export interface OpenPoll {
  poll: Poll;
  options: readonly PollOption[];
  votes: readonly PollVote[];
}

/**
 * The open poll as the journey shows it to a member: each option in the viewer's language with
 * the names of who chose it, and who has voted at all. The pair sees each other's votes in the
 * chat anyway; HR never gets this section.
 */
export function journeyPollOf(
  input: OpenPoll & { programme: Pick<Programme, 'topics'>; names: ReadonlyMap<string, string>; language: Language },
): JourneyPoll {
  const name = (id: string) => input.names.get(id) ?? '';
  const counts = tally(input.poll, input.options, input.votes);
  const options = counts.map((count) => ({
    ...(count.option.topicKey ? { topicKey: count.option.topicKey } : {}),
    label: optionTitle(count.option, input.programme, input.language),
    voters: count.voters.map(name),
  }));
  const voted = [input.poll.menteeId, input.poll.mentorId]
    .filter((id) => counts.some((c) => c.voters.includes(id)))
    .map(name);
  return { meetingNumber: input.poll.meetingNumber, options, voted };
}
