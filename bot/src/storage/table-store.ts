import { TableClient, TableServiceClient, type TableServiceClientOptions } from '@azure/data-tables';
import { unavailable, errorCodeOf } from './storage-errors';
import type { StorageConnection } from './storage-connection';

/**
 * Every storage call happens inside a Teams turn, and Teams gives up on an invoke after about
 * five seconds. The SDK's default (3 retries from 800 ms, exponential) can spend six seconds
 * on a dead account, so retries here are fewer and shorter: a failing turn fails in time to
 * say so.
 */
const INTERACTIVE_RETRIES = { maxRetries: 2, retryDelayInMs: 150, maxRetryDelayInMs: 1000 };

export interface TableStoreOptions {
  connection: StorageConnection;
  /** Prefixes every table name, so several deployments or test files can share one account. */
  tablePrefix: string;
  /** Replaces the SDK's HTTP transport (a proxying client, or a recording one in tests). */
  httpClient?: TableServiceClientOptions['httpClient'];
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
    this.clientOptions = {
      allowInsecureConnection: isLoopback(options.connection),
      retryOptions: INTERACTIVE_RETRIES,
      httpClient: options.httpClient,
    };
    // The health probe must answer quickly when storage is down, so it does not retry.
    const probeOptions = { ...this.clientOptions, retryOptions: { maxRetries: 0 } };
    const connection = options.connection;
    this.service =
      connection.kind === 'connection-string'
        ? TableServiceClient.fromConnectionString(connection.connectionString, probeOptions)
        : new TableServiceClient(connection.tableEndpoint, connection.credential, probeOptions);
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

  /**
   * A client for a table that may not exist, without creating it: for reading what an older
   * layout left behind (a missing table answers 404).
   */
  existingTable(logicalName: string): TableClient {
    return this.client(this.tableName(logicalName));
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

  private client(name: string): TableClient {
    const connection = this.options.connection;
    return connection.kind === 'connection-string'
      ? TableClient.fromConnectionString(connection.connectionString, name, this.clientOptions)
      : new TableClient(connection.tableEndpoint, name, connection.credential, this.clientOptions);
  }

  private async create(name: string): Promise<TableClient> {
    const client = this.client(name);
    try {
      await client.createTable();
    } catch (error) {
      if (errorCodeOf(error) !== 'TableAlreadyExists') throw unavailable(`creating table ${name}`, error);
    }
    return client;
  }
}

/** Plain http is allowed only to an emulator on this machine. */
function isLoopback(connection: StorageConnection): boolean {
  if (connection.kind === 'entra')
    return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(connection.tableEndpoint);
  const text = connection.connectionString;
  return (
    /(Table|Queue)Endpoint=http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(text) ||
    /UseDevelopmentStorage=true/i.test(text)
  );
}
