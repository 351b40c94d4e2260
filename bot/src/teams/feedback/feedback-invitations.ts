import { MessageFactory } from 'botbuilder';
import { languageOf } from '../../domain/language';
import type { Meeting } from '../../domain/meetings';
import type { Logger } from '../../logger';
import { cardAttachment } from '../cards/card-template';
import type { CompletePair, PairMessenger } from '../pair-messenger';
import { feedbackCard } from './feedback.card';

/**
 * Once a meeting counts as held, each person gets the private feedback card in their personal
 * chat, in their own language. Someone Tandem cannot reach there is logged, not retried: the
 * journey tab offers the same feedback later.
 */
export async function inviteToFeedback(
  deps: { messenger: PairMessenger; logger: Logger },
  full: CompletePair,
  meeting: Meeting,
): Promise<void> {
  const {
    programme,
    pair: { tenantId },
  } = full;
  for (const person of [full.mentor, full.mentee]) {
    const outcome = await deps.messenger.toPerson(tenantId, person, (t, reader) =>
      MessageFactory.attachment(
        cardAttachment(feedbackCard(t, { meeting, programme, language: languageOf(reader.locale) })),
      ),
    );
    if (outcome.status !== 'sent')
      deps.logger.warn(
        { meetingId: meeting.id, person: person.aadObjectId, outcome: outcome.status },
        'feedback card could not be delivered',
      );
  }
}
