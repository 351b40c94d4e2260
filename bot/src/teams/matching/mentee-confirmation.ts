import { MessageFactory } from 'botbuilder';
import type { Pair } from '../../domain/pairing/pair';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import type { Logger } from '../../logger';
import { cardAttachment } from '../cards/card-template';
import type { PairMessenger } from '../pair-messenger';
import { pairConfirmationCard } from './pairing.cards';

/** What asking mentees needs: a way to reach people, and a log for the unreachable. */
export interface MenteeConfirmationDeps {
  messenger: Pick<PairMessenger, 'toPerson' | 'toPersonalChat'>;
  logger: Logger;
}

/**
 * Sends each new pair's mentee the confirmation card, in their own language: the one way a
 * pair starts, whether HR published a whole proposal or confirmed one new partner.
 */
export async function askMentees(
  deps: MenteeConfirmationDeps,
  pairs: readonly Pair[],
  view: { programme: Programme; people: ReadonlyMap<string, Profile> },
): Promise<void> {
  for (const pair of pairs) {
    const mentor = view.people.get(pair.mentorId);
    const mentee = view.people.get(pair.menteeId);
    if (!mentor) {
      deps.logger.warn(
        { programmeId: pair.programmeId, mentee: pair.menteeId },
        'mentee cannot be reached for confirmation',
      );
      continue;
    }
    const card = (t: Translate) =>
      MessageFactory.attachment(
        cardAttachment(pairConfirmationCard(t, languageOfTranslate(t), view.programme, pair, mentor)),
      );
    // The mentee's profile says their language; without one, the language stored with their address.
    const outcome = mentee
      ? await deps.messenger.toPerson(pair.tenantId, mentee, card)
      : await deps.messenger.toPersonalChat(pair.tenantId, pair.menteeId, card);
    if (outcome.status === 'not-reachable')
      deps.logger.warn(
        { programmeId: pair.programmeId, mentee: pair.menteeId },
        'mentee cannot be reached for confirmation',
      );
  }
}
