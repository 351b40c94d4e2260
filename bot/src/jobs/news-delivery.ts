import type { Broadcast, DeliveryOutcome, Recipient } from '../domain/broadcasts';
import type { BroadcastProgress } from '../services/broadcasts/broadcast-fan-out';

/** Sends news to one recipient and shows HR the progress; implemented by the Teams layer. */
export interface NewsDelivery {
  deliver(broadcast: Broadcast, recipient: Recipient): Promise<DeliveryOutcome>;
  /** Updates the admin's report card in place. */
  showProgress(progress: BroadcastProgress): Promise<void>;
}
