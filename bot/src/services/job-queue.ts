/** A job taken from a queue; it stays invisible to other workers until completed or timed out. */
export interface QueuedJob<J> {
  job: J;
  messageId: string;
  popReceipt: string;
  dequeueCount: number;
}

/** The port for a work queue (Azure Queue Storage) shared by every instance. Messages may arrive more than once. */
export interface JobQueue<J> {
  enqueue(jobs: readonly J[]): Promise<void>;
  receive(max: number, invisibleForMs: number): Promise<Array<QueuedJob<J>>>;
  /** Removes a job for good; completing one already gone is fine. */
  complete(delivery: QueuedJob<J>): Promise<void>;
  /** Makes a job visible again at once (a stopping worker handing it back); one already gone is fine. */
  release(delivery: QueuedJob<J>): Promise<void>;
}
