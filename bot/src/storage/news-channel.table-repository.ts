import type { TableClient } from '@azure/data-tables';
import { CHANNEL_KINDS, type ChannelKind } from '../domain/broadcasts';
import type { ChannelRef, ChannelSettings } from '../services/broadcasts/broadcast-ports';
import { listEntities, upsertEntity } from './entity-operations';
import { withoutUndefined } from './json-columns';
import { compositeKey, decodeKey } from './key-encoding';
import type { TableStore } from './table-store';

/** A programme's news and community channels: partition per programme, one row per kind. */
export class NewsChannelTableRepository implements ChannelSettings {
  static readonly TABLE = 'newsChannels';

  constructor(private readonly store: TableStore) {}

  async channels(tenantId: string, programmeId: string): Promise<Map<ChannelKind, ChannelRef>> {
    const rows = await listEntities<ChannelRef, [string, ChannelRef]>(
      await this.table(),
      { partitionKey: compositeKey(tenantId, programmeId) },
      (row) => [
        decodeKey(row.rowKey ?? ''),
        { conversationId: row.conversationId, name: row.name, teamId: row.teamId, groupId: row.groupId },
      ],
    );
    return new Map(
      rows.filter((entry): entry is [ChannelKind, ChannelRef] =>
        (CHANNEL_KINDS as readonly string[]).includes(entry[0]),
      ),
    );
  }

  async set(tenantId: string, programmeId: string, kind: ChannelKind, channel: ChannelRef): Promise<void> {
    // Replace: a channel set again drops what the previous one had (e.g. its team id).
    await upsertEntity(
      await this.table(),
      { partitionKey: compositeKey(tenantId, programmeId), rowKey: kind, ...withoutUndefined(channel) },
      'Replace',
    );
  }

  private table(): Promise<TableClient> {
    return this.store.table(NewsChannelTableRepository.TABLE);
  }
}
