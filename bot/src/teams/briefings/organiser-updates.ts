import { MessageFactory } from 'botbuilder';
import type { Briefing } from '../../domain/briefings';
import { languageOf } from '../../domain/language';
import { translator } from '../../i18n';
import type { RsvpService } from '../../services/briefings/rsvp-service';
import type { ConversationDirectory } from '../../services/conversation-directory';
import { cardAttachment } from '../cards/card-template';
import type { GatheredUpdates } from '../gathered-updates';
import type { ProactiveSender } from '../proactive';
import { organiserCard } from './briefing-organiser.card';
import { refreshFor, teamsUserIdOf } from './teams-user-id';

/**
 * Keeps HR's card of a sent briefing current: after answers come in, the card in HR's chat is
 * replaced with the counts and who accepted. A burst of answers costs a few updates (gathered
 * per briefing), and each update reads the answers fresh, so every instance may schedule one.
 */
export class OrganiserCardUpdates {
  constructor(
    private readonly rsvps: Pick<RsvpService, 'organiserViewOf'>,
    private readonly directory: Pick<ConversationDirectory, 'findPerson'>,
    private readonly proactive: Pick<ProactiveSender, 'update'>,
    private readonly updates: GatheredUpdates,
  ) {}

  /** Schedules an update of HR's card; returns at once. */
  follow(briefing: Briefing): void {
    const card = briefing.hrCard;
    if (!card) return;
    this.updates.schedule(
      `briefing:${briefing.id}`,
      async () => {
        const view = await this.rsvps.organiserViewOf(briefing);
        const hr = await this.directory.findPerson(briefing.tenantId, briefing.createdBy);
        const shown = organiserCard(translator(languageOf(card.locale)), {
          ...view,
          timeZone: hr?.timeZone ?? 'UTC',
          userIds: refreshFor(teamsUserIdOf(card.reference)),
        });
        await this.proactive.update(card.reference, card.activityId, MessageFactory.attachment(cardAttachment(shown)));
      },
      { briefingId: briefing.id },
    );
  }

  /** Resolves when the scheduled updates have run (tests, shutdown). */
  idle(): Promise<void> {
    return this.updates.idle();
  }
}
