import type { TableClient } from '@azure/data-tables';
import { emailKey } from '../domain/coach/coach-question';
import type { PeopleByEmail } from '../services/coach/coach-ports';
import { deleteEntity, readEntity, upsertEntity } from './entity-operations';
import { compositeKey, encodeKey } from './key-encoding';
import type { TableStore } from './table-store';

interface AddressRow {
  aadObjectId: string;
}
interface PersonRow {
  emails: string;
}

/**
 * People by sign-in address, one partition per tenant: `email|<address>` names the person (a
 * point read finds the coach), `person|<id>` lists the person's addresses (export and deletion).
 */
export class PeopleByEmailTableRepository implements PeopleByEmail {
  static readonly TABLE = 'peopleByEmail';

  constructor(private readonly store: TableStore) {}

  async record(tenantId: string, aadObjectId: string, emails: readonly string[]): Promise<void> {
    const table = await this.table();
    const known = await this.emailsOf(tenantId, aadObjectId);
    const all = [...new Set([...known, ...emails.map(emailKey).filter(Boolean)])];
    // The addresses first: the person row lists only addresses that were written.
    for (const email of all)
      await upsertEntity(
        table,
        { partitionKey: encodeKey(tenantId), rowKey: addressKey(email), aadObjectId },
        'Replace',
      );
    await upsertEntity(
      table,
      { partitionKey: encodeKey(tenantId), rowKey: personKey(aadObjectId), emails: JSON.stringify(all) },
      'Replace',
    );
  }

  async find(tenantId: string, email: string): Promise<string | undefined> {
    const key = emailKey(email);
    if (!key) return undefined;
    return (await readEntity<AddressRow>(await this.table(), encodeKey(tenantId), addressKey(key)))?.aadObjectId;
  }

  async emailsOf(tenantId: string, aadObjectId: string): Promise<string[]> {
    const row = await readEntity<PersonRow>(await this.table(), encodeKey(tenantId), personKey(aadObjectId));
    return row ? (JSON.parse(row.emails) as string[]) : [];
  }

  async forget(tenantId: string, aadObjectId: string): Promise<void> {
    const table = await this.table();
    for (const email of await this.emailsOf(tenantId, aadObjectId))
      // An address since taken by someone else (a reassigned mailbox) stays theirs.
      if ((await this.find(tenantId, email)) === aadObjectId)
        await deleteEntity(table, encodeKey(tenantId), addressKey(email));
    await deleteEntity(table, encodeKey(tenantId), personKey(aadObjectId));
  }

  private table(): Promise<TableClient> {
    return this.store.table(PeopleByEmailTableRepository.TABLE);
  }
}

const addressKey = (email: string) => compositeKey('email', email);
const personKey = (aadObjectId: string) => compositeKey('person', aadObjectId);
