import { MessageFactory } from 'botbuilder';
import type { DueEntry, Meeting } from '../../domain/meetings';
import { inEachLanguage } from '../readers-languages';
import type { MeetingNotifier } from '../../services/meetings/meeting-ports';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { PollService } from '../../services/polls/poll-service';
import type { ProactiveSender } from '../proactive';
import type { PollMessages } from './poll-message';
import { optionTitle } from '../../domain/polls/poll';

/**
 * The automatic poll of a meeting: at `poll-open` it posts a new poll to the pair's chat (not
 * when the pair already opened one for that meeting); at `poll-close` the leader wins, the card
 * shows the outcome and a short message tells both the topic. Polls live in the pair chat only.
 */
export class TeamsPollNotifier implements MeetingNotifier {
  constructor(
    private readonly deps: { polls: PollService; matching: MatchingService; directory: ConversationDirectory; proactive: ProactiveSender; messages: PollMessages },
  ) {}

  async notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'> {
    const full = await this.deps.matching.pairWithPeopleForJob(entry.programmeId, entry.pairId);
    const chat = full?.pair.chatId ? await this.deps.directory.findConversation(full.pair.tenantId, 'groupChat', full.pair.chatId) : undefined;
    if (!full || !chat) return 'failed';
    if (entry.kind === 'poll-open') {
      const opened = await this.deps.polls.openAuto(entry.programmeId, entry.pairId, meeting.id);
      if (!opened?.created) return 'sent'; // the pair has its poll already: nothing to post
      return (await this.deps.messages.post(opened, chat.reference, full.mentee?.locale)) ? 'sent' : 'failed';
    }
    const closed = await this.deps.polls.autoClose(entry.programmeId, entry.pairId, meeting.id);
    const chosen = closed?.options.find((o) => o.id === closed.poll.outcome?.optionId);
    if (!closed || !chosen) return 'sent'; // decided by the mentee already
    this.deps.messages.refresh(closed.poll);
    // A plain message cannot be refreshed per member: it carries both members' languages.
    const text = inEachLanguage([full.mentee, full.mentor].filter((p) => p !== undefined), (t, language) => t('polls.outcome', { number: meeting.number, topic: optionTitle(chosen, closed.programme, language) }));
    return (await this.deps.proactive.send(chat.reference, MessageFactory.text(text))).status === 'sent' ? 'sent' : 'failed';
  }
}
