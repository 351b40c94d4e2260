import { MessageFactory } from 'botbuilder';
import type { Briefing } from '../../domain/briefings';
import { languageOf } from '../../domain/language';
import { translator } from '../../i18n';
import type { BriefingReminderSender } from '../../services/briefings/briefing-reminder-service';
import type { RsvpService } from '../../services/briefings/rsvp-service';
import type { ConversationDirectory } from '../../services/conversation-directory';
import { cardAttachment } from '../cards/card-template';
import type { ProactiveSender } from '../proactive';
import { invitationCard } from './briefing-invitation.card';
import { refreshFor, teamsUserIdOf } from './teams-user-id';

/** Sends a briefing reminder to one person's chat: the invitation, with a reminder line, in their language and zone. */
export class TeamsBriefingReminders implements BriefingReminderSender {
  constructor(
    private readonly rsvps: Pick<RsvpService, 'invitationFor'>,
    private readonly directory: Pick<ConversationDirectory, 'findPerson'>,
    private readonly proactive: Pick<ProactiveSender, 'send'>,
  ) {}

  async remind(briefing: Briefing, aadObjectId: string): Promise<'sent' | 'failed'> {
    const [view, address] = await Promise.all([
      this.rsvps.invitationFor(briefing.tenantId, briefing.programmeId, briefing.id, aadObjectId),
      this.directory.findPerson(briefing.tenantId, aadObjectId),
    ]);
    if (!view || !address) return 'failed';
    const card = invitationCard(translator(languageOf(view.locale)), {
      briefing: view.briefing,
      timeZone: view.timeZone,
      accepted: view.accepted,
      mine: view.mine,
      userIds: refreshFor(teamsUserIdOf(address.reference)),
      reminder: true,
    });
    const outcome = await this.proactive.send(address.reference, MessageFactory.attachment(cardAttachment(card)));
    return outcome.status === 'sent' ? 'sent' : 'failed';
  }
}
