import { MessageFactory } from 'botbuilder';
import type { Pair } from '../../domain/pairing/pair';
import type { Logger } from '../../logger';
import type { NewPartnerService } from '../../services/matching/new-partner-service';
import { cardAttachment } from '../cards/card-template';
import type { PairMessenger } from '../pair-messenger';
import { pairEndedCard } from './pair-ended.card';

/** What telling HR about an ended pair needs. */
export interface PairEndedNoticeDeps {
  messenger: Pick<PairMessenger, 'toAdmins'>;
  newPartners: Pick<NewPartnerService, 'programmePeople'>;
  logger: Logger;
}

/**
 * Tells each admin of the pair's programme, in their personal chat and language, that the pair
 * ended, why, and who now needs a new partner. Runs after the turn's answer; failures are logged.
 * The pair must already be in its ended form (a person who left replaced by a stand-in).
 */
export async function tellAdminsPairEnded(deps: PairEndedNoticeDeps, pair: Pair): Promise<void> {
  try {
    const found = await deps.newPartners.programmePeople(pair.tenantId, pair.programmeId);
    if (!found) return;
    const sent = await deps.messenger.toAdmins(found.programme, (t) =>
      MessageFactory.attachment(cardAttachment(pairEndedCard(t, { ...found, pair }))),
    );
    if (sent === 0) deps.logger.warn({ programmeId: pair.programmeId }, 'no admin could be told that a pair ended');
  } catch (error) {
    deps.logger.error({ err: error, programmeId: pair.programmeId }, 'telling admins that a pair ended failed');
  }
}
