import type { EmbeddedAzurite } from '../../../bot/src/storage/embedded-azurite';
import type { FakeConnector } from '../../harness/fake-connector';

/** One line of benchmark output: a name plus flat measurements (numbers, or short labels). */
export type Figure = { figure: string } & Record<string, number | string>;

/** What the runner starts once and every figure may use. */
export interface BenchContext {
  /** The run's in-memory Azurite (table and queue services). */
  azurite: EmbeddedAzurite;
  /** The Bot Connector stand-in every bot under test replies to. */
  connector: FakeConnector;
  /** Progress and diagnostics: stderr only, so stdout stays one JSON line per figure. */
  log(message: string): void;
}

/** A figure file's export: measures something and returns one or more figures. */
export type FigureSource = (context: BenchContext) => Promise<Figure[]>;

/** Thrown when a bot under test answered wrongly: its timings must not be reported. */
export class BenchCheckError extends Error {
  override readonly name = 'BenchCheckError';
}

/** Fails the run when a condition about the bot's answers does not hold. */
export function check(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new BenchCheckError(message());
}
