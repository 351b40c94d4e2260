import { fail, ok, type Result } from '../result';
import { isPollMember, type Poll, type PollOption, type PollOutcome, type PollVote } from './poll';
import { leaderOf, tally } from './poll-votes';

/** Why a vote, a new option or a decision was refused. */
export type PollActionFailure =
  'not-your-pair' | 'poll-closed' | 'unknown-option' | 'only-mentee-decides' | 'no-options';

/** A vote from a card press, checked: only members, only open polls, only the poll's options. */
export function castVote(
  poll: Poll,
  options: readonly PollOption[],
  personId: string,
  optionId: string,
  selected: boolean,
  now: Date,
): Result<PollVote, PollActionFailure> {
  if (!isPollMember(poll, personId)) return fail('not-your-pair');
  if (poll.status !== 'open') return fail('poll-closed');
  if (!options.some((o) => o.id === optionId)) return fail('unknown-option');
  return ok({ personId, optionId, selected, at: now.toISOString() });
}

/** Whether a member may add an option now. */
export function canAddOption(poll: Poll, personId: string): Result<true, PollActionFailure> {
  if (!isPollMember(poll, personId)) return fail('not-your-pair');
  return poll.status === 'open' ? ok(true) : fail('poll-closed');
}

/**
 * The mentee closes the poll. By default their chosen option decides; with `most-votes` the
 * leader wins and the mentee's vote breaks a tie (a chosen option is then ignored).
 */
export function decide(
  poll: Poll,
  options: readonly PollOption[],
  votes: readonly PollVote[],
  by: string,
  chosenOptionId: string | undefined,
  now: Date,
): Result<Poll, PollActionFailure> {
  if (!isPollMember(poll, by)) return fail('not-your-pair');
  if (poll.status !== 'open') return fail('poll-closed');
  if (by !== poll.menteeId) return fail('only-mentee-decides');
  if (poll.decision === 'most-votes')
    return closeWith(
      poll,
      leaderOf(poll, tally(poll, options, votes))?.option,
      { decidedBy: by, how: 'most-votes' },
      now,
    );
  const chosen = options.find((o) => o.id === chosenOptionId);
  return chosen ? closeWith(poll, chosen, { decidedBy: by, how: 'mentee-chose' }, now) : fail('unknown-option');
}

/** The automatic close before the meeting: the current leader wins (the first option when nobody voted). */
export function autoClose(
  poll: Poll,
  options: readonly PollOption[],
  votes: readonly PollVote[],
  now: Date,
): Result<Poll, PollActionFailure> {
  if (poll.status !== 'open') return fail('poll-closed');
  return closeWith(
    poll,
    leaderOf(poll, tally(poll, options, votes))?.option,
    { decidedBy: 'auto', how: 'auto-close' },
    now,
  );
}

/** The poll's meeting was cancelled: the poll closes without a topic, as nothing is left to decide it for. */
export function withdraw(poll: Poll, now: Date): Result<Poll, PollActionFailure> {
  if (poll.status !== 'open') return fail('poll-closed');
  return ok({ ...poll, status: 'closed', withdrawnAt: now.toISOString() });
}

function closeWith(
  poll: Poll,
  option: PollOption | undefined,
  how: Pick<PollOutcome, 'decidedBy' | 'how'>,
  now: Date,
): Result<Poll, PollActionFailure> {
  if (!option) return fail('no-options');
  return ok({ ...poll, status: 'closed', outcome: { optionId: option.id, ...how, at: now.toISOString() } });
}
