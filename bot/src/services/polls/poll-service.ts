import type { Clock } from '../../domain/clock';
import type { OpenPoll } from '../../domain/journey/journey-poll';
import type { Meeting } from '../../domain/meetings';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import {
  allOptions,
  autoClose,
  canAddOption,
  castVote,
  decide,
  ownOption,
  POLL_LIMITS,
  tally,
  withdraw,
  type OptionTally,
  type Poll,
  type PollActionFailure,
  type PollOption,
} from '../../domain/polls';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { PairRepository } from '../matching/pairing-repositories';
import type { MeetingRepository } from '../meetings/meeting-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import { agendaOf, applyAgenda } from './poll-agenda';
import { nextPlannedMeeting, openingPoll } from './poll-opening';
import type { PollRepository, PollState } from './poll-ports';

export type PollServiceFailure =
  PollActionFailure | 'not-found' | 'busy' | 'no-meeting' | 'invalid-input' | 'options-full';

/** A poll ready to show: every option in order, the tally, and the programme (topic names, materials). */
export interface PollView {
  poll: Poll;
  options: PollOption[];
  counts: OptionTally[];
  programme: Programme;
  activityId?: string;
  /** The meeting whose agenda the poll decided, after a close. */
  meeting?: Meeting;
}

/** Identifies a poll from a card. */
export interface PollRef {
  programmeId: string;
  pairId: string;
  pollId: string;
}

/** The pair's topic polls: open, vote, add options, decide; only the two members may act. */
export class PollService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly profiles: ProfileRepository,
    private readonly meetings: MeetingRepository,
    private readonly polls: PollRepository,
    private readonly clock: Clock,
  ) {}

  /** `poll` in the pair chat: the open poll of the next meeting, or a new one. */
  async openOnDemand(
    actor: Actor,
    programmeId: string,
    pairId: string,
  ): Promise<Result<PollView & { created: boolean }, PollServiceFailure>> {
    const pair = await this.memberPair(actor, programmeId, pairId);
    if (!pair.ok) return pair;
    const meetings = (await this.meetings.list(programmeId, pairId)).map((m) => m.value);
    const meeting = nextPlannedMeeting(meetings, this.clock.now());
    if (!meeting) return fail('no-meeting');
    return this.open(pair.value, pairId, meeting, meetings, actor.aadObjectId, true);
  }

  /** The automatic poll before a meeting; nothing when the meeting already has a poll or is no longer planned. */
  async openAuto(
    programmeId: string,
    pairId: string,
    meetingId: string,
  ): Promise<(PollView & { created: boolean }) | undefined> {
    const pair = (await this.pairs.get(programmeId, pairId))?.value;
    const meetings = (await this.meetings.list(programmeId, pairId)).map((m) => m.value);
    const meeting = meetings.find((m) => m.id === meetingId && m.status === 'planned');
    if (!pair || pair.status !== 'confirmed' || !meeting) return undefined;
    const opened = await this.open(pair, pairId, meeting, meetings, 'auto', false);
    return opened.ok ? opened.value : undefined;
  }

  /** A poll for one of its members (refresh, re-render); anyone else is refused. */
  async view(actor: Actor, ref: PollRef): Promise<Result<PollView, PollServiceFailure>> {
    const state = await this.memberState(actor, ref);
    return state.ok ? ok(await this.toView(state.value)) : state;
  }

  /** The pair's open poll with its options and votes (the journey tab shows it to the pair). */
  async openPollOf(programmeId: string, pairId: string): Promise<OpenPoll | undefined> {
    const state = (await this.polls.ofPair(programmeId, pairId, { votes: true }))
      .filter((s) => s.poll.status === 'open')
      .at(-1);
    return state && { poll: state.poll, options: allOptions(state.poll.options, state.added), votes: state.votes };
  }

  /**
   * The poll, read-only, for someone of its tenant outside the pair who holds its card (added to
   * the chat, forwarded): they may see it, never act on it.
   */
  async readOnlyView(actor: Actor, ref: PollRef): Promise<Result<PollView, PollServiceFailure>> {
    const state = await this.pollState(actor, ref);
    return state.ok ? ok(await this.toView(state.value)) : state;
  }

  /**
   * A poll as stored, checking neither tenant nor membership: only for background work that acts
   * for nobody in particular (updating its chat message), never for a person's action.
   */
  async viewWithoutMemberCheck(programmeId: string, pairId: string, pollId: string): Promise<PollView | undefined> {
    const state = await this.polls.state(programmeId, pairId, pollId);
    return state && this.toView(state);
  }

  /** A press on an option: `selected` says what the card showed the person should happen, so a retry repeats, not toggles. */
  async vote(
    actor: Actor,
    ref: PollRef,
    optionId: string,
    selected: boolean,
  ): Promise<Result<PollView, PollServiceFailure>> {
    const state = await this.pollState(actor, ref);
    if (!state.ok) return state;
    const { poll, added } = state.value;
    const vote = castVote(
      poll,
      allOptions(poll.options, added),
      actor.aadObjectId,
      optionId,
      selected,
      this.clock.now(),
    );
    if (!vote.ok) return vote;
    await this.polls.saveVote(poll, vote.value);
    return this.view(actor, ref);
  }

  /** Adds the pair's own option; the same text twice is one option. */
  async addOption(actor: Actor, ref: PollRef, text: string): Promise<Result<PollView, PollServiceFailure>> {
    const state = await this.pollState(actor, ref);
    if (!state.ok) return state;
    const { poll, added } = state.value;
    const allowed = canAddOption(poll, actor.aadObjectId);
    if (!allowed.ok) return allowed;
    const option = ownOption(text, actor.aadObjectId, this.clock.now());
    if (!option.ok) return option;
    const known = allOptions(poll.options, added);
    // The limit keeps the card readable; two adds at the same instant may pass it by one, which is harmless.
    if (!known.some((o) => o.id === option.value.id) && known.length >= POLL_LIMITS.optionsMax)
      return fail('options-full');
    await this.polls.addOption(poll, option.value);
    return this.view(actor, ref);
  }

  /** The mentee decides (their option, or the leader with `most-votes`); the outcome becomes the meeting's agenda. */
  async decide(
    actor: Actor,
    ref: PollRef,
    optionId: string | undefined,
  ): Promise<Result<PollView, PollServiceFailure>> {
    const state = await this.pollState(actor, ref);
    if (!state.ok) return state;
    const { poll, added, votes } = state.value;
    return this.close(
      state.value,
      decide(poll, allOptions(poll.options, added), votes, actor.aadObjectId, optionId, this.clock.now()),
    );
  }

  /** Closes the meeting's open poll at its time before the meeting: the leader wins. */
  async autoClose(programmeId: string, pairId: string, meetingId: string): Promise<PollView | undefined> {
    const closed = await this.closeOpenPolls(programmeId, pairId, meetingId, (state) =>
      autoClose(state.poll, allOptions(state.poll.options, state.added), state.votes, this.clock.now()),
    );
    return closed.at(-1);
  }

  /** Closes the open polls of a cancelled meeting without a topic; returns them, so their chat messages can follow. */
  async withdrawForMeeting(programmeId: string, pairId: string, meetingId: string): Promise<PollView[]> {
    return this.closeOpenPolls(programmeId, pairId, meetingId, (state) => withdraw(state.poll, this.clock.now()));
  }

  private async closeOpenPolls(
    programmeId: string,
    pairId: string,
    meetingId: string,
    how: (state: PollState) => Result<Poll, PollActionFailure>,
  ): Promise<PollView[]> {
    const open = (await this.polls.ofPair(programmeId, pairId)).filter(
      (s) => s.poll.meetingId === meetingId && s.poll.status === 'open',
    );
    const closed: PollView[] = [];
    for (const header of open) {
      const state = await this.polls.state(programmeId, pairId, header.poll.id);
      if (!state) continue;
      const view = await this.close(state, how(state));
      if (view.ok) closed.push(view.value);
    }
    return closed;
  }

  /** Remembers the chat message that shows the poll, so later changes can update it. */
  async rememberMessage(poll: Poll, activityId: string): Promise<void> {
    await this.polls.saveMessage(poll, activityId);
  }

  private async open(
    pair: Pair,
    pairId: string,
    meeting: Meeting,
    meetings: Meeting[],
    openedBy: string,
    reuseOpen: boolean,
  ): Promise<Result<PollView & { created: boolean }, PollServiceFailure>> {
    const earlier = await this.polls.ofPair(pair.programmeId, pairId);
    const ofMeeting = earlier.filter((s) => s.poll.meetingId === meeting.id);
    const existing = reuseOpen ? ofMeeting.find((s) => s.poll.status === 'open') : ofMeeting[0];
    if (existing) return this.existing(existing.poll);
    const [programme, mentee] = await Promise.all([
      this.programmes.get(pair.tenantId, pair.programmeId),
      this.profiles.get(pair.programmeId, pair.menteeId),
    ]);
    if (!programme) return fail('not-found');
    const poll = openingPoll({
      pair,
      pairId,
      programme: programme.value,
      mentee: mentee?.value,
      meetings,
      earlier,
      meeting,
      openedBy,
      now: this.clock.now(),
    });
    if ((await this.polls.create(poll)) === 'exists') return this.existing(poll); // the other person (or instance) was first
    return ok({ ...(await this.toView({ poll, etag: '', added: [], votes: [] }, programme.value)), created: true });
  }

  private async existing(poll: Poll): Promise<Result<PollView & { created: boolean }, PollServiceFailure>> {
    const state = await this.polls.state(poll.programmeId, poll.pairId, poll.id);
    return state ? ok({ ...(await this.toView(state)), created: false }) : fail('busy');
  }

  private async close(
    state: PollState,
    closed: Result<Poll, PollActionFailure>,
  ): Promise<Result<PollView, PollServiceFailure>> {
    if (!closed.ok) return closed;
    // The poll's ETag makes a double-clicked close (or the mentee racing the automatic close) decide once.
    const written = await this.polls.update(closed.value, state.etag);
    if (written !== 'written') return fail('poll-closed');
    const view = await this.toView({ ...state, poll: closed.value });
    const option = view.options.find((o) => o.id === closed.value.outcome?.optionId);
    if (!option || !closed.value.outcome) return ok(view);
    const agenda = agendaOf(option, view.programme, {
      setBy: closed.value.outcome.decidedBy,
      at: closed.value.outcome.at,
      pollId: closed.value.id,
    });
    const meeting = await applyAgenda(
      this.meetings,
      { programmeId: closed.value.programmeId, pairId: closed.value.pairId, meetingId: closed.value.meetingId },
      agenda,
    );
    return ok({ ...view, ...(meeting ? { meeting } : {}) });
  }

  private async toView(state: PollState, programme?: Programme): Promise<PollView> {
    const known = programme ?? (await this.programmes.get(state.poll.tenantId, state.poll.programmeId))?.value;
    if (!known) throw new Error(`programme ${state.poll.programmeId} of poll ${state.poll.id} is gone`);
    const options = allOptions(state.poll.options, state.added);
    return {
      poll: state.poll,
      options,
      counts: tally(state.poll, options, state.votes),
      programme: known,
      ...(state.activityId ? { activityId: state.activityId } : {}),
    };
  }

  /** The poll, in the actor's tenant; membership is left to the domain rules (they name the refusal). */
  private async pollState(actor: Actor, ref: PollRef): Promise<Result<PollState, PollServiceFailure>> {
    const state = await this.polls.state(ref.programmeId, ref.pairId, ref.pollId);
    return state && state.poll.tenantId === actor.tenantId ? ok(state) : fail('not-found');
  }

  private async memberState(actor: Actor, ref: PollRef): Promise<Result<PollState, PollServiceFailure>> {
    const state = await this.pollState(actor, ref);
    if (!state.ok) return state;
    const member = state.value.poll.mentorId === actor.aadObjectId || state.value.poll.menteeId === actor.aadObjectId;
    return member ? state : fail('not-your-pair');
  }

  private async memberPair(
    actor: Actor,
    programmeId: string,
    pairId: string,
  ): Promise<Result<Pair, PollServiceFailure>> {
    const pair = (await this.pairs.get(programmeId, pairId))?.value;
    if (!pair || pair.tenantId !== actor.tenantId) return fail('not-found');
    const member = pair.mentorId === actor.aadObjectId || pair.menteeId === actor.aadObjectId;
    return member && pair.status === 'confirmed' && pairIdOf(pair.mentorId, pair.menteeId) === pairId
      ? ok(pair)
      : fail('not-your-pair');
  }
}
