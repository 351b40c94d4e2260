import { actionsIn } from '../../harness/card-checker';
import { Verbs } from '../../../bot/src/teams/verbs';

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
