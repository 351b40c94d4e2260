import { MessageFactory } from 'botbuilder';
import { languageOf } from '../../domain/language';
import type { Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { translator } from '../../i18n';
import type { Logger } from '../../logger';
import type { ConversationDirectory } from '../../services/conversation-directory';
import { cardAttachment } from '../cards/card-template';
import type { ProactiveSender } from '../proactive';
import { pairConfirmationCard } from './pairing.cards';

/** What asking mentees needs: where people are, a way to send, and a log for the unreachable. */
export interface MenteeConfirmationDeps {
  directory: ConversationDirectory;
  proactive: ProactiveSender;
  logger: Logger;
}

/**
 * Sends each new pair's mentee the confirmation card, in their own language: the one way a
 * pair starts, whether HR published a whole proposal or confirmed one new partner.
 */
export async function askMentees(deps: MenteeConfirmationDeps, pairs: readonly Pair[], view: { programme: Programme; people: ReadonlyMap<string, Profile> }): Promise<void> {
  for (const pair of pairs) {
    const mentor = view.people.get(pair.mentorId);
    const address = await deps.directory.findPerson(pair.tenantId, pair.menteeId);
    if (!mentor || !address) {
      deps.logger.warn({ programmeId: pair.programmeId, mentee: pair.menteeId }, 'mentee cannot be reached for confirmation');
      continue;
    }
    const language = languageOf(view.people.get(pair.menteeId)?.locale ?? address.locale);
    const card = pairConfirmationCard(translator(language), language, view.programme, pair, mentor);
    await deps.proactive.send(address.reference, MessageFactory.attachment(cardAttachment(card)));
  }
}
