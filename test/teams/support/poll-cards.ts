import { actionsIn } from '../../harness/card-checker';
import { Verbs } from '../../../bot/src/teams/verbs';
import type { Harness } from '../../harness/harness';
import type { TeamsConversation, TeamsUser } from '../../harness/teams-activities';

type Card = Record<string, any>;

/** Reading a poll card as people do: its id, the vote buttons, the option rows. */
export const pollIdOf = (card: Card) => String(card.refresh.action.data.pollId);
export const voteAction = (card: Card, optionId: string) =>
  actionsIn(card).find((a) => a.verb === Verbs.votePoll && (a.data as { optionId: string }).optionId === optionId);
export const optionIdsOf = (card: Card) =>
  actionsIn(card)
    .filter((a) => a.verb === Verbs.votePoll)
    .map((a) => String((a.data as { optionId: string }).optionId));
/** The option rows as people read them: "title: count". */
export const rowsOf = (card: Card) =>
  (card.body as Card[])
    .filter((e) => e.type === 'Container')
    .map((c) => c.items[0].columns[0].items.map((i: Card) => i.text).join(': '));

/** Updates of the poll's chat message in a chat (the meeting's own message is updated too, on its own schedule). */
export const pollMessageUpdates = (h: Harness, chatId: string) =>
  h.connector.calls.filter(
    (c) =>
      c.kind === 'update' &&
      c.conversationId === chatId &&
      c.status < 300 &&
      c.body?.attachments?.[0]?.content.refresh?.action.verb === Verbs.refreshPoll,
  );

/** What a member's client fetches when it shows the poll: their own view. */
export const refreshedPoll = async (
  h: Harness,
  chat: TeamsConversation,
  user: TeamsUser,
  ref: Record<string, unknown>,
) => {
  const activity = h.activities.execute(chat, user, Verbs.refreshPoll, ref);
  activity.value.trigger = 'automatic';
  return (await h.post(activity)).body.value;
};
