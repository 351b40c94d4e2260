import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { pairIdOf } from '../../domain/pairing/pair';
import type { Poll } from '../../domain/polls';
import type { Result } from '../../domain/result';
import { translator, type Translate } from '../../i18n';
import { languageOf } from '../../domain/language';
import type { MatchingService } from '../../services/matching/matching-service';
import type { PollRef, PollService, PollServiceFailure, PollView } from '../../services/polls/poll-service';
import type { Actor } from '../../services/versioned';
import type { Logger } from '../../logger';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse, type CardActionHandler } from '../cards/card-action';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import { tenantOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { pollMemberIds } from './poll-message';
import type { KnownUser, PairMessenger } from '../pair-messenger';
import type { PollMessages } from './poll-message';
import { pollCard } from './poll.cards';

export interface PollFeatureDeps {
  polls: PollService;
  matching: MatchingService;
  /** Names the members in the poll card's `refresh.userIds`. */
  messenger: Pick<PairMessenger, 'teamsUserIds'>;
  messages: PollMessages;
  logger: Logger;
}

const pollRef = programmeRef.extend({
  pairId: z.string().min(3).max(140),
  pollId: z.string().regex(/^[0-9a-f-]{36}\.\d{1,3}$/),
});
const voteData = pollRef.extend({
  optionId: z.string().regex(/^[tc]-[a-z0-9-]{1,60}$/),
  selected: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
const addData = pollRef.extend({ optionTitle: z.string().max(1000).default('') });
const decideData = pollRef.extend({ decision: z.string().max(80).optional() });

/** Failures shown on the member's card as a notice, so they keep the poll in front of them. */
const SHOWN_ON_CARD: ReadonlySet<PollServiceFailure> = new Set([
  'poll-closed',
  'invalid-input',
  'options-full',
  'unknown-option',
  'only-mentee-decides',
  'no-options',
]);

/** `poll`/`umfrage` in the pair chat and the live poll card: vote, add an option, decide, refresh. */
export function registerPolls(app: Application<TurnState>, deps: PollFeatureDeps): void {
  app.message(command('poll'), async (context) => {
    const t = translatorFor(context);
    const found = await deps.matching.pairOfChat(tenantOf(context), context.activity.conversation.id);
    if (!found) return void (await context.sendActivity(MessageFactory.text(t('meetings.notPairChat'))));
    const actor = await actorOf(context);
    const opened = await deps.polls.openOnDemand(
      actor,
      found.pair.programmeId,
      pairIdOf(found.pair.mentorId, found.pair.menteeId),
    );
    if (!opened.ok) return void (await context.sendActivity(MessageFactory.text(pollRefusalText(t, opened.reason))));
    // The chat gets the shared view, always in the mentee's language (so it never flips with who edits); each member's client refreshes it to their own.
    const card = pollCard(translator(languageOf(found.mentee?.locale)), opened.value, {
      userIds: await membersOf(deps, opened.value.poll, knownUser(context, actor)),
    });
    const sent = await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    if (sent?.id) await deps.polls.rememberMessage(opened.value.poll, sent.id);
  });

  const on = cardActions<PollServiceFailure>(app, { logger: deps.logger, refusals: pollRefusalText });
  on(
    Verbs.votePoll,
    voteData,
    act(deps, (actor, data) => deps.polls.vote(actor, data, data.optionId, data.selected)),
  );
  on(
    Verbs.addPollOption,
    addData,
    act(deps, (actor, data) => deps.polls.addOption(actor, data, data.optionTitle)),
  );
  on(
    Verbs.decidePoll,
    decideData,
    act(deps, (actor, data) => deps.polls.decide(actor, data, data.decision || undefined)),
  );

  on(Verbs.refreshPoll, pollRef, async ({ context, data: ref, actor, t }) => {
    const view = await deps.polls.view(actor, ref);
    if (view.ok) return render(context, deps, actor, view.value);
    if (view.reason !== 'not-your-pair') return refuse(view.reason);
    // Someone else holding the card (added to the chat, forwarded) sees it read-only, told why.
    const shared = await deps.polls.readOnlyView(actor, ref);
    return shared.ok
      ? pollCard(t, shared.value, { userIds: [], readOnly: true, notice: t('polls.notices.belongsElsewhere') })
      : refuse(view.reason);
  });
}

/** One poll action: act, keep the chat message current, answer with the actor's own view. */
function act<T extends PollRef>(
  deps: PollFeatureDeps,
  run: (actor: Actor, data: T) => Promise<Result<PollView, PollServiceFailure>>,
): CardActionHandler<T, PollServiceFailure> {
  return async ({ context, data, actor, t }) => {
    const result = await run(actor, data);
    if (result.ok) {
      deps.messages.refresh(result.value.poll);
      return render(context, deps, actor, result.value);
    }
    if (!SHOWN_ON_CARD.has(result.reason)) return refuse(result.reason);
    const view = await deps.polls.view(actor, data);
    return view.ok
      ? render(context, deps, actor, view.value, pollRefusalText(t, result.reason))
      : refuse(result.reason);
  };
}

async function render(
  context: TurnContext,
  deps: PollFeatureDeps,
  actor: Actor,
  view: PollView,
  notice?: string,
): Promise<AdaptiveCardJson> {
  const userIds = await membersOf(deps, view.poll, knownUser(context, actor));
  return pollCard(translatorFor(context), view, { viewer: actor.aadObjectId, userIds, ...(notice ? { notice } : {}) });
}

function membersOf(deps: PollFeatureDeps, poll: Poll, known: KnownUser) {
  return pollMemberIds(deps.messenger, poll, known);
}

function knownUser(context: TurnContext, actor: Actor): KnownUser {
  return { aadObjectId: actor.aadObjectId, id: context.activity.from.id };
}

/** A sentence for every refusal: a new reason without one does not compile. */
const POLL_REFUSALS = {
  'not-your-pair': 'polls.failures.not-your-pair',
  'poll-closed': 'polls.failures.poll-closed',
  'unknown-option': 'polls.failures.unknown-option',
  'only-mentee-decides': 'polls.failures.only-mentee-decides',
  'no-options': 'polls.failures.no-options',
  'not-found': 'polls.failures.not-found',
  busy: 'polls.failures.busy',
  'no-meeting': 'polls.failures.no-meeting',
  'invalid-input': 'polls.failures.invalid-input',
  'options-full': 'polls.failures.options-full',
} as const satisfies Record<PollServiceFailure, string>;

function pollRefusalText(t: Translate, reason: PollServiceFailure): string {
  return t(POLL_REFUSALS[reason]);
}
