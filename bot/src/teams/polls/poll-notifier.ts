import type { DueEntry, Meeting } from '../../domain/meetings';
import type { MeetingNotifier } from '../../services/meetings/meeting-ports';
import type { MatchingService } from '../../services/matching/matching-service';
import type { PollService } from '../../services/polls/poll-service';
import { allSent, isComplete, type PairMessenger } from '../pair-messenger';
import type { PollMessages } from './poll-message';
import { optionTitle } from '../../domain/polls/poll';
import { asCardText } from '../cards/card-text';

/**
 * The automatic poll of a meeting: at `poll-open` it posts a new poll to the pair's chat (not
 * when the pair already opened one for that meeting); at `poll-close` the leader wins, the card
 * shows the outcome and a short message tells both the topic. Polls live in the pair chat only.
 */
export class TeamsPollNotifier implements MeetingNotifier {
  constructor(
    private readonly deps: {
      polls: PollService;
      matching: MatchingService;
      messenger: PairMessenger;
      messages: PollMessages;
    },
  ) {}

  async notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'> {
    const full = await this.deps.matching.pairWithPeopleForJob(entry.programmeId, entry.pairId);
    if (!isComplete(full) || !full.pair.chatId) return 'failed';
    if (entry.kind === 'poll-open') {
      const opened = await this.deps.polls.openAuto(entry.programmeId, entry.pairId, meeting.id);
      if (!opened?.created) return 'sent'; // the pair has its poll already: nothing to post
      return (await this.deps.messages.post(opened, full)) ? 'sent' : 'failed';
    }
    const closed = await this.deps.polls.autoClose(entry.programmeId, entry.pairId, meeting.id);
    const chosen = closed?.options.find((o) => o.id === closed.poll.outcome?.optionId);
    if (!closed || !chosen) return 'sent'; // decided by the mentee already
    this.deps.messages.refresh(closed.poll);
    // A plain message: the messenger writes it in both members' languages.
    const sent = await this.deps.messenger.textToPair(full, (t, language) =>
      t('polls.outcome', {
        number: meeting.number,
        topic: asCardText(optionTitle(chosen, closed.programme, language)),
      }),
    );
    return allSent(sent) ? 'sent' : 'failed';
  }
}
