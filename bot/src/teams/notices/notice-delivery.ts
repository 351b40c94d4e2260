import type { Notice, NoticeOutcome } from '../../domain/notices/notice';
import type { NoticeDelivery } from '../../services/notices/notice-ports';
import { deliveryOutcome } from '../broadcasts/broadcast-delivery';
import { sendNotice, type NoticeMessageDeps } from './notice-messages';

/** Delivers notices through the proactive sender (the tenant's token bucket, per-conversation limits, retries). */
export class TeamsNoticeDelivery implements NoticeDelivery {
  constructor(private readonly deps: NoticeMessageDeps) {}

  async deliver(notice: Notice): Promise<NoticeOutcome> {
    const sent = await sendNotice(this.deps, notice);
    if (sent === 'obsolete') return { status: 'skipped', reason: 'obsolete', attempts: 0 };
    // The messenger answers "not reachable" without trying when Tandem has no chat with the person.
    if (sent.status === 'not-reachable' && sent.attempts === 0)
      return { status: 'not-reachable', reason: 'no-conversation', attempts: 0 };
    return deliveryOutcome(sent);
  }
}
