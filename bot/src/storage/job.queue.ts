import { QueueClient, type StoragePipelineOptions } from '@azure/storage-queue';
import type { DeliveryJob } from '../services/broadcasts/broadcast-ports';
import type { NoticeJob } from '../services/notices/notice-ports';
import type { JobQueue, QueuedJob } from '../services/job-queue';
import { statusOf, unavailable } from './storage-errors';
import type { StorageConnection } from './storage-connection';

/** Azure Queue Storage takes at most 32 messages per receive. */
const RECEIVE_MAX = 32;
/** Parallel sends while enqueueing a large fan-out: enough to keep a connection pool busy. */
const ENQUEUE_CONCURRENCY = 16;
/** Background work, not a Teams turn: a few patient retries are right here. */
const QUEUE_RETRIES: StoragePipelineOptions['retryOptions'] = {
  maxTries: 4,
  retryDelayInMs: 200,
  maxRetryDelayInMs: 5000,
  tryTimeoutInMs: 30_000,
};

/**
 * A queue of JSON jobs in Azure Queue Storage. Its name starts with the table prefix in lower
 * case (queue names allow no capitals), so installations sharing an account stay apart.
 */
export class StorageJobQueue<J> implements JobQueue<J> {
  private queueClient: QueueClient | undefined;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly connection: StorageConnection,
    private readonly name: string,
    /** The job in a message, or undefined for a message that is not one (dropped, or it would come back forever). */
    private readonly parse: (value: unknown) => J | undefined,
  ) {}

  /**
   * Made on first use: a server whose account has no queue endpoint (a table-only connection
   * string) still starts and answers everything but news, whose failure is then reported.
   */
  private get client(): QueueClient {
    if (this.queueClient) return this.queueClient;
    const name = this.name;
    const options: StoragePipelineOptions = { retryOptions: QUEUE_RETRIES };
    const connection = this.connection;
    this.queueClient =
      connection.kind === 'connection-string'
        ? new QueueClient(connection.connectionString, name, options)
        : new QueueClient(`${connection.queueEndpoint.replace(/\/+$/, '')}/${name}`, connection.credential, options);
    return this.queueClient;
  }

  async enqueue(jobs: readonly J[]): Promise<void> {
    await this.ensureQueue();
    let next = 0;
    const sender = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        await this.call('enqueue', () => this.client.sendMessage(JSON.stringify(job)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(ENQUEUE_CONCURRENCY, jobs.length) }, sender));
  }

  async receive(max: number, invisibleForMs: number): Promise<Array<QueuedJob<J>>> {
    await this.ensureQueue();
    const response = await this.call('receive', () =>
      this.client.receiveMessages({
        numberOfMessages: Math.min(RECEIVE_MAX, Math.max(1, max)),
        visibilityTimeout: Math.ceil(invisibleForMs / 1000),
      }),
    );
    const received: Array<QueuedJob<J>> = [];
    for (const item of response.receivedMessageItems) {
      const job = parseJson(item.messageText, this.parse);
      const delivery = {
        job: job!,
        messageId: item.messageId,
        popReceipt: item.popReceipt,
        dequeueCount: item.dequeueCount,
      };
      // A message that is not a delivery job would come back forever: drop it.
      if (job) received.push(delivery);
      else await this.complete(delivery);
    }
    return received;
  }

  async complete(delivery: QueuedJob<J>): Promise<void> {
    try {
      await this.client.deleteMessage(delivery.messageId, delivery.popReceipt);
    } catch (error) {
      // Gone already (or received again by another worker after a timeout): nothing to remove.
      if (statusOf(error) !== 404) throw unavailable('completing a queue message', error);
    }
  }

  async release(delivery: QueuedJob<J>): Promise<void> {
    try {
      await this.client.updateMessage(delivery.messageId, delivery.popReceipt, undefined, 0);
    } catch (error) {
      if (statusOf(error) !== 404) throw unavailable('releasing a queue message', error);
    }
  }

  private ensureQueue(): Promise<void> {
    this.ready ??= this.call('creating the queue', () => this.client.createIfNotExists()).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    return this.ready;
  }

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw unavailable(`queue ${operation}`, error);
    }
  }
}

function parseJson<J>(text: string, parse: (value: unknown) => J | undefined): J | undefined {
  try {
    return parse(JSON.parse(text));
  } catch {
    return undefined; // not JSON: not a job
  }
}

/**
 * The broadcast fan-out queue: one message per shard of a broadcast's recipients (see
 * delivery-shards.ts).
 */
export function deliveryQueue(connection: StorageConnection, tablePrefix: string): StorageJobQueue<DeliveryJob> {
  return new StorageJobQueue(connection, `${tablePrefix.toLowerCase()}-broadcasts`, (json) => {
    const value = json as Partial<DeliveryJob> | null;
    if (
      typeof value?.tenantId === 'string' &&
      typeof value.broadcastId === 'string' &&
      Number.isSafeInteger(value.shard) &&
      value.shard! >= 0
    )
      return { tenantId: value.tenantId, broadcastId: value.broadcastId, shard: value.shard! };
    return undefined;
  });
}

/** The notice queue: one message per batch of notices that followed an action (see notice-service.ts). */
export function noticeQueue(connection: StorageConnection, tablePrefix: string): StorageJobQueue<NoticeJob> {
  return new StorageJobQueue(connection, `${tablePrefix.toLowerCase()}-notices`, (json) => {
    const value = json as Partial<NoticeJob> | null;
    const { tenantId, programmeId, batchId } = value ?? {};
    if (typeof tenantId === 'string' && typeof programmeId === 'string' && typeof batchId === 'string')
      return { tenantId, programmeId, batchId };
    return undefined;
  });
}
