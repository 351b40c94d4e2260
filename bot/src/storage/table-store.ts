import { TableClient, TableServiceClient, type TableServiceClientOptions } from '@azure/data-tables';
import { unavailable, errorCodeOf } from './storage-errors';

/**
 * Every storage call happens inside a Teams turn, and Teams gives up on an invoke after about
 * five seconds. The SDK's default (3 retries from 800 ms, exponential) can spend six seconds
 * on a dead account, so retries here are fewer and shorter: a failing turn fails in time to
 * say so.
 */
const INTERACTIVE_RETRIES = { maxRetries: 2, retryDelayInMs: 150, maxRetryDelayInMs: 1000 };

export interface TableStoreOptions {
  connectionString: string;
  /** Prefixes every table name, so several deployments or test files can share one account. */
  tablePrefix: string;
}

/**
 * Hands out table clients and creates each table on first use. Creating is idempotent, so
 * several server instances racing to create the same table is harmless.
 */
export class TableStore {
  private readonly ready = new Map<string, Promise<TableClient>>();
  private readonly clientOptions: TableServiceClientOptions;
  private readonly service: TableServiceClient;

  constructor(private readonly options: TableStoreOptions) {
    this.clientOptions = { allowInsecureConnection: isLoopback(options.connectionString), retryOptions: INTERACTIVE_RETRIES };
    // The health probe must answer quickly when storage is down, so it does not retry.
    this.service = TableServiceClient.fromConnectionString(options.connectionString, { ...this.clientOptions, retryOptions: { maxRetries: 0 } });
  }

  /** The client for a logical table (`conversations` → `tandemConversations`), created if missing. */
  table(logicalName: string): Promise<TableClient> {
    const name = this.tableName(logicalName);
    let pending = this.ready.get(name);
    if (!pending) {
      pending = this.create(name);
      this.ready.set(name, pending);
      // A failed creation must not be cached, or the table would stay unusable until restart.
      pending.catch(() => this.ready.delete(name));
    }
    return pending;
  }

  /** The physical table name for a logical one. */
  tableName(logicalName: string): string {
    return `${this.options.tablePrefix}${logicalName.charAt(0).toUpperCase()}${logicalName.slice(1)}`;
  }

  /** True when the storage account answers; used by /healthz. */
  async ping(): Promise<boolean> {
    try {
      await this.service.listTables().byPage({ maxPageSize: 1 }).next();
      return true;
    } catch {
      return false;
    }
  }

  private async create(name: string): Promise<TableClient> {
    const client = TableClient.fromConnectionString(this.options.connectionString, name, this.clientOptions);
    try {
      await client.createTable();
    } catch (error) {
      if (errorCodeOf(error) !== 'TableAlreadyExists') throw unavailable(`creating table ${name}`, error);
    }
    return client;
  }
}

function isLoopback(connectionString: string): boolean {
  return /(Table|Queue)Endpoint=http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(connectionString) || /UseDevelopmentStorage=true/i.test(connectionString);
}
