import { odata, type TableClient } from '@azure/data-tables';
import type { ConversationScope } from '../domain/conversation-scope';
import type { ConversationAddress, ConversationDirectory, PersonalChat } from '../services/conversation-directory';
import { compositeKey, encodeKey } from './key-encoding';
import { deleteEntity, listEntities, readEntity, upsertEntity } from './entity-operations';
import { withoutUndefined } from './json-columns';
import type { TableStore } from './table-store';

interface ConversationAddressRow {
  scope: ConversationScope;
  ownerId: string;
  conversationId: string;
  serviceUrl: string;
  reference: string;
  locale?: string;
  timeZone?: string;
  displayName?: string;
  teamId?: string;
  updatedAt: Date;
}

/**
 * Conversation addresses, one partition per tenant (broadcasts read a tenant's people in
 * one partition), one row per person (personal chat), group chat or channel.
 */
export class ConversationAddressTableRepository implements ConversationDirectory {
  static readonly TABLE = 'conversations';

  constructor(private readonly store: TableStore) {}

  async remember(address: ConversationAddress): Promise<void> {
    const row: ConversationAddressRow = {
      scope: address.scope,
      ownerId: address.ownerId,
      conversationId: address.conversationId,
      serviceUrl: address.serviceUrl,
      reference: JSON.stringify(address.reference),
      locale: address.locale,
      timeZone: address.timeZone,
      displayName: address.displayName,
      teamId: address.teamId,
      updatedAt: address.updatedAt,
    };
    // Merge keeps a locale or time zone learnt earlier when this activity did not carry one.
    await upsertEntity(
      await this.table(),
      { ...keys(address.tenantId, address.scope, address.ownerId), ...withoutUndefined(row) },
      'Merge',
    );
  }

  async forget(tenantId: string, scope: ConversationScope, ownerId: string): Promise<void> {
    const { partitionKey, rowKey } = keys(tenantId, scope, ownerId);
    await deleteEntity(await this.table(), partitionKey, rowKey);
  }

  findPerson(tenantId: string, aadObjectId: string): Promise<ConversationAddress | undefined> {
    return this.find(tenantId, 'personal', aadObjectId);
  }

  async personalChats(tenantId: string): Promise<PersonalChat[]> {
    const personal = compositeKey('personal', '');
    // Row keys of personal chats all start with `personal|`; `}` is the character after `|`.
    const filter = odata`PartitionKey eq ${encodeKey(tenantId)} and RowKey ge ${personal} and RowKey lt ${`${personal.slice(0, -1)}}`}`;
    return listEntities<Pick<ConversationAddressRow, 'ownerId' | 'reference'>, PersonalChat>(
      await this.table(),
      { filter },
      (row) => ({ ownerId: row.ownerId, reference: JSON.parse(row.reference) as Record<string, unknown> }),
      ['ownerId', 'reference'],
    );
  }

  findConversation(
    tenantId: string,
    scope: Exclude<ConversationScope, 'personal'>,
    conversationId: string,
  ): Promise<ConversationAddress | undefined> {
    return this.find(tenantId, scope, conversationId);
  }

  private async find(
    tenantId: string,
    scope: ConversationScope,
    ownerId: string,
  ): Promise<ConversationAddress | undefined> {
    const { partitionKey, rowKey } = keys(tenantId, scope, ownerId);
    const row = await readEntity<ConversationAddressRow>(await this.table(), partitionKey, rowKey);
    return row && addressOf(tenantId, row);
  }

  private table(): Promise<TableClient> {
    return this.store.table(ConversationAddressTableRepository.TABLE);
  }
}

function addressOf(tenantId: string, row: ConversationAddressRow): ConversationAddress {
  return {
    scope: row.scope,
    tenantId,
    ownerId: row.ownerId,
    conversationId: row.conversationId,
    serviceUrl: row.serviceUrl,
    reference: JSON.parse(row.reference) as Record<string, unknown>,
    locale: row.locale,
    timeZone: row.timeZone,
    displayName: row.displayName,
    teamId: row.teamId,
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt : new Date(String(row.updatedAt)),
  };
}

function keys(tenantId: string, scope: ConversationScope, ownerId: string) {
  return { partitionKey: encodeKey(tenantId), rowKey: compositeKey(scope, ownerId) };
}
