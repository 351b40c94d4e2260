import type { Language } from '../../domain/language';
import { optionTitle, type OptionTally } from '../../domain/polls';
import type { Programme } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import type { PollView } from '../../services/polls/poll-service';
import { expandCard, type AdaptiveCardJson, type CardLabels } from '../cards/card-template';
import { asCardText, cardLink } from '../cards/card-text';
import template from './poll.card.json';

/** Who looks at the card: a member sees their own choices; anyone else (and the message itself) sees the tally. */
export interface PollAudience {
  /** AAD object id of the member this rendering is for; absent for the message everyone sees. */
  viewer?: string;
  /** Teams user ids (`29:…`) of both members, whose clients refresh the card to their own view. */
  userIds: readonly string[];
  notice?: string;
  /** Shows the tally without any buttons (someone outside the pair). */
  readOnly?: boolean;
}

/** One option of the poll as a row: its tally, and the vote button with what a press does (`select`). */
export interface PollOptionRow {
  id: string;
  /** The option as card text, for its row. */
  text: string;
  /** The option as typed, for the mentee's choice list (choices are not Markdown). */
  title: string;
  count: string;
  style: string;
  weight: string;
  button: string;
  select: string;
}

/** What `poll.card.json` reads. */
export interface PollCardData {
  title: string;
  notice: string;
  outcome: string;
  open: boolean;
  how: string;
  options: PollOptionRow[];
  materials: Array<{ link: string }>;
  menteeChooses: boolean;
  menteeCloses: boolean;
  myChoice: string;
  requiredMessage: string;
  labels: CardLabels;
  userIds: string[];
  programmeId: string;
  pairId: string;
  pollId: string;
}

/**
 * The live poll card. Open: every option with its tally and a vote button, a field for an own
 * question, and for the mentee the way to decide. Closed: the outcome and the programme's
 * materials for the topic, without buttons.
 */
export function pollCard(t: Translate, view: PollView, audience: PollAudience): AdaptiveCardJson {
  const language = languageOfTranslate(t);
  const { poll } = view;
  const open = poll.status === 'open' && !audience.readOnly;
  const mine = new Set(
    view.counts.filter((c) => audience.viewer && c.voters.includes(audience.viewer)).map((c) => c.option.id),
  );
  const isMentee = open && audience.viewer === poll.menteeId;
  const chosen = view.options.find((o) => o.id === poll.outcome?.optionId);
  return expandCard<PollCardData>(template, {
    title: t('polls.title', { number: poll.meetingNumber, target: view.programme.meetingsTarget }),
    notice: audience.notice ?? '',
    outcome: poll.withdrawnAt
      ? t('polls.withdrawn')
      : chosen
        ? t(poll.outcome?.how === 'auto-close' ? 'polls.decidedAuto' : 'polls.decided', {
            topic: asCardText(optionTitle(chosen, view.programme, language)),
          })
        : '',
    open,
    how: `${t(poll.voting === 'multi' ? 'polls.howMulti' : 'polls.howSingle')} ${t(poll.decision === 'mentee' ? 'polls.decidesMentee' : 'polls.decidesVotes')}`,
    options: view.counts.map((count) => optionRow(t, count, view.programme, language, mine.has(count.option.id))),
    materials: chosen?.topicKey
      ? view.programme.materials
          .filter((m) => m.topicKey === chosen.topicKey)
          .map(({ title, url }) => ({ link: cardLink(title, url) }))
      : [],
    menteeChooses: isMentee && poll.decision === 'mentee',
    menteeCloses: isMentee && poll.decision === 'most-votes',
    myChoice: [...mine][0] ?? '',
    requiredMessage: t('validation.required'),
    labels: t('polls', { returnObjects: true }),
    userIds: [...audience.userIds],
    programmeId: poll.programmeId,
    pairId: poll.pairId,
    pollId: poll.id,
  });
}

function optionRow(
  t: Translate,
  count: OptionTally,
  programme: Programme,
  language: Language,
  mine: boolean,
): PollOptionRow {
  const votes = t('polls.votes', { count: count.votes });
  const title = optionTitle(count.option, programme, language);
  return {
    id: count.option.id,
    text: asCardText(title),
    title,
    count: mine ? `${votes} · ${t('polls.yourChoice')}` : votes,
    style: mine ? 'good' : 'default',
    weight: mine ? 'Bolder' : 'Default',
    button: mine ? t('polls.unvote') : t('polls.vote'),
    // The card says what the press should do, so a retried invoke repeats it instead of toggling back.
    select: mine ? 'false' : 'true',
  };
}
