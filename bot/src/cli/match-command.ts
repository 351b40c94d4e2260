import { matchProfiles, matchScores, type MatchOutcome } from '../domain/matching';
import { failureMessage } from './failure-message';
import { parseMatchInput, type MatchInput } from './match-input';
import { utcOffsetsAt } from '../domain/matching/utc-offsets';

/** Everything the command touches outside itself, so it can run in a test without a process. */
export interface CommandIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Only for the default reference date of time-zone offsets. */
  now(): Date;
}

/** Exit codes: 0 done, 2 bad input or usage. (1 is left for unexpected errors.) */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

const USAGE = 'usage: npm run --silent match -- INPUT.json\n';

/** Runs `match INPUT.json`; returns the exit code. */
export async function runMatchCommand(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.length !== 1 || !args[0]) return fail(io, USAGE.trimEnd());
  const path = args[0];
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return fail(io, `${path}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(io, `${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseMatchInput(json);
  if (!parsed.ok) return fail(io, parsed.message);
  const outcome = run(parsed.value, io.now());
  if (!outcome.ok) return fail(io, failureMessage(outcome.failure, parsed.value.input));
  io.stdout(`${JSON.stringify(outcome.result, null, 2)}\n`);
  return EXIT_OK;
}

function run(parsed: MatchInput, now: Date): MatchOutcome {
  if (parsed.form === 'scores') return matchScores(parsed.input);
  const instant = parsed.referenceDate ? new Date(`${parsed.referenceDate}T12:00:00Z`) : now;
  return matchProfiles({ ...parsed.input, utcOffsetOf: utcOffsetsAt(instant) });
}

function fail(io: CommandIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT_BAD_INPUT;
}
