import type { ProgrammeScopedData } from '../retention/retention-service';
import type { BroadcastRepository, RecipientRepository, ShardTallies } from './broadcast-ports';

/**
 * When a closed programme's retention period is over, its news delivery rows go with the rest
 * of the participants' data: they name every recipient. The broadcasts themselves stay, with
 * their content and totals (HR's record of what was sent).
 */
export class BroadcastDeliveryRetention implements ProgrammeScopedData {
  constructor(
    private readonly broadcasts: Pick<BroadcastRepository, 'recent'>,
    private readonly recipients: Pick<RecipientRepository, 'deleteBroadcast'>,
    private readonly tallies: Pick<ShardTallies, 'deleteBroadcast'>,
  ) {}

  async deleteProgramme(tenantId: string, programmeId: string): Promise<void> {
    for (const broadcast of await this.broadcasts.recent(tenantId, Number.MAX_SAFE_INTEGER)) {
      if (broadcast.programmeId !== programmeId) continue;
      await this.recipients.deleteBroadcast(broadcast.id);
      await this.tallies.deleteBroadcast(broadcast.id);
    }
  }
}
