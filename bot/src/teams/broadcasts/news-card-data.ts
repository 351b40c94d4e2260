import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Broadcast } from '../../domain/broadcasts';
import type { BroadcastService } from '../../services/broadcasts/broadcast-service';
import type { Actor } from '../../services/versioned';
import { parseCardData } from '../card-data';
import { translatorFor } from '../turn-info';
import { newsFailureText } from './news-replies';

/** What every news card action carries: the broadcast it is about. */
export const broadcastRef = z.object({ broadcastId: z.string().uuid() });

/**
 * The broadcast a card action names, read for this person (admin rights checked); a string
 * is the reply to give instead (forged data, gone, or not theirs).
 */
export async function broadcastOfAction(
  context: TurnContext,
  data: unknown,
  deps: { broadcasts: BroadcastService; actor(context: TurnContext): Promise<Actor> },
): Promise<{ actor: Actor; broadcast: Broadcast } | string> {
  const t = translatorFor(context);
  const ref = parseCardData(broadcastRef, data);
  if (!ref) return t('errors.invalidCardData');
  const actor = await deps.actor(context);
  const found = await deps.broadcasts.get(actor, ref.broadcastId);
  return found.ok ? { actor, broadcast: found.value } : newsFailureText(t, found.reason);
}
