import type { Poll, PollOption, PollVote, PollVoting } from './poll';

/** The count for one option and who chose it. */
export interface OptionTally {
  option: PollOption;
  votes: number;
  voters: string[];
}

/**
 * Each person's current choices. Storage keeps one row per person and option, rewritten on
 * every press; should several rows for the same pair meet here, the latest counts. With
 * several choices every selected option counts; with one, the person's latest press decides
 * (a selection is the choice, taking it back leaves none), so rapid changes need no lock.
 */
export function choicesOf(votes: readonly PollVote[], voting: PollVoting): Map<string, Set<string>> {
  const current = new Map<string, PollVote>();
  for (const vote of votes) {
    const key = `${vote.personId}|${vote.optionId}`;
    const seen = current.get(key);
    if (!seen || isLater(vote, seen)) current.set(key, vote);
  }
  const byPerson = new Map<string, PollVote[]>();
  for (const vote of current.values()) byPerson.set(vote.personId, [...(byPerson.get(vote.personId) ?? []), vote]);
  const choices = new Map<string, Set<string>>();
  for (const [person, rows] of byPerson) {
    const counted =
      voting === 'multi'
        ? rows.filter((v) => v.selected)
        : [rows.reduce((a, b) => (isLater(b, a) ? b : a))].filter((v) => v.selected);
    choices.set(person, new Set(counted.map((v) => v.optionId)));
  }
  return choices;
}

// Ties in time (the same millisecond) fall to the option id, so every instance reads the same choice.
function isLater(a: PollVote, b: PollVote): boolean {
  return a.at > b.at || (a.at === b.at && a.optionId > b.optionId);
}

/** The tally in option order; only the pair's own votes count (rows of anyone else are ignored). */
export function tally(poll: Poll, options: readonly PollOption[], votes: readonly PollVote[]): OptionTally[] {
  const members = new Set([poll.mentorId, poll.menteeId]);
  const choices = choicesOf(
    votes.filter((v) => members.has(v.personId)),
    poll.voting,
  );
  return options.map((option) => {
    const voters = [...choices].filter(([, chosen]) => chosen.has(option.id)).map(([person]) => person);
    return { option, votes: voters.length, voters };
  });
}

/**
 * The option that leads: most votes; on a tie the one the mentee chose; then the earlier
 * option (drawing put the mentee's wishes first). Undefined only for a poll without options.
 */
export function leaderOf(poll: Poll, counts: readonly OptionTally[]): OptionTally | undefined {
  const top = Math.max(0, ...counts.map((c) => c.votes));
  const tied = counts.filter((c) => c.votes === top);
  return tied.find((c) => c.voters.includes(poll.menteeId)) ?? tied[0];
}
