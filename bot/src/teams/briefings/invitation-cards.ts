import type { Broadcast, BroadcastSubject } from '../../domain/broadcasts/broadcast';
import { translator } from '../../i18n';
import type { RsvpService } from '../../services/briefings/rsvp-service';
import type { AdaptiveCardJson } from '../cards/card-template';
import type { SubjectCardMaker, SubjectReader } from '../broadcasts/subject-cards';
import { invitationCard } from './briefing-invitation.card';
import { refreshFor } from './teams-user-id';

/**
 * The card maker for briefing invitations (subject kind `briefing`): each invitee's own card,
 * in their language and time zone, with their answer and a `refresh` for them alone. Briefings
 * go to people only; a channel gets no card.
 */
export class BriefingInvitationCards implements SubjectCardMaker {
  constructor(private readonly rsvps: Pick<RsvpService, 'invitationFor'>) {}

  async cardFor(
    broadcast: Broadcast & { subject: BroadcastSubject },
    reader: SubjectReader,
  ): Promise<AdaptiveCardJson | undefined> {
    if (reader.kind !== 'person') return undefined;
    const view = await this.rsvps.invitationFor(
      broadcast.tenantId,
      broadcast.programmeId,
      broadcast.subject.id,
      reader.target,
    );
    if (!view) return undefined;
    return invitationCard(translator(reader.languages[0] ?? 'en'), {
      briefing: view.briefing,
      timeZone: view.timeZone,
      accepted: view.accepted,
      mine: view.mine,
      userIds: refreshFor(reader.teamsUserId),
    });
  }
}
