import { performance } from 'node:perf_hooks';
import { assignMentees, matchProfiles, preparePool, scorePool } from '../../../bot/src/domain/matching';
import { mulberry32 } from '../../domain/matching/support/mulberry32';
import { randomPool } from '../../domain/matching/support/random-pool';
import { check, type BenchContext, type Figure } from '../lib/figure';
import { round2 } from '../lib/percentiles';
import { PEERS, type Peer } from './matching-peers';

const SIZES = [500, 1000, 2000, 5000];
/** The targets on this kind of machine. */
const TARGET_MS: Readonly<Record<number, number>> = { 2000: 500, 5000: 6000 };
const POOL_TARGET_MS = 1000;
/** A peer is skipped at a size where its time, extrapolated as n³ from the last size, would pass this. */
const PEER_BUDGET_MS = 60_000;

/**
 * Assignment on random dense n × n score matrices (Tandem's solver against the `munkres` and
 * `linear-sum-assignment` packages, checking all reach the same optimum), then a realistic pool
 * run end to end: profiles → rules and scores → assignment → reasons.
 */
export async function matching(context: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const lastPeerMs = new Map<string, { n: number; ms: number }>();
  for (const n of SIZES) figures.push(denseFigure(n, lastPeerMs, context.log));
  figures.push(poolFigure(context.log));
  return figures;
}

function denseFigure(
  n: number,
  lastPeerMs: Map<string, { n: number; ms: number }>,
  log: (message: string) => void,
): Figure {
  const millionths = randomMillionths(n);
  const scores = Float64Array.from(millionths, (s) => s / 1_000_000);
  const capacities = new Array<number>(n).fill(1);
  let total = 0;
  const ms = medianMs(n <= 1000 ? 5 : n <= 2000 ? 3 : 1, () => {
    const mentorOf = assignMentees({ menteeCount: n, mentorCount: n, scores, capacities });
    total = mentorOf.reduce((sum, mentor, mentee) => sum + millionths[mentee * n + mentor]!, 0);
  });
  log(`matching: ${n}×${n} ours ${round2(ms)} ms`);
  const figure: Figure = { figure: 'matching.assignment', n, ms: round2(ms), total_score: total / 1_000_000 };
  if (TARGET_MS[n]) figure.target_ms = TARGET_MS[n];
  for (const peer of PEERS) Object.assign(figure, peerFields(peer, millionths, n, ms, total, lastPeerMs, log));
  return figure;
}

type Fields = Record<string, number | string>;

function peerFields(
  peer: Peer,
  millionths: Int32Array,
  n: number,
  ourMs: number,
  ourTotal: number,
  last: Map<string, { n: number; ms: number }>,
  log: (message: string) => void,
): Fields {
  const previous = last.get(peer.name);
  const predicted = previous ? previous.ms * (n / previous.n) ** 3 : 0;
  if (predicted > PEER_BUDGET_MS) {
    log(`matching: ${n}×${n} ${peer.name} skipped (about ${Math.round(predicted / 1000)} s expected)`);
    return { [`${peer.name}_ms`]: 'skipped', [`${peer.name}_expected_s`]: Math.round(predicted / 1000) };
  }
  const prepared = peer.prepare(millionths, n);
  let total = 0;
  const ms = medianMs(predicted < 2000 ? 3 : 1, () => {
    total = peer.solve(prepared, n);
  });
  last.set(peer.name, { n, ms });
  log(`matching: ${n}×${n} ${peer.name} ${round2(ms)} ms`);
  check(
    total === ourTotal,
    () => `${peer.name} found total ${total} at n=${n}, Tandem ${ourTotal}: not the same optimum`,
  );
  return {
    [`${peer.name}_ms`]: round2(ms),
    [`${peer.name}_ratio`]: round2(ms / ourMs),
    [`${peer.name}_same_optimum`]: 'yes',
  };
}

/** The realistic pool: 2,000 mentees, 1,000 mentors with capacity 2, about 10 % of pairs forbidden. */
function poolFigure(log: (message: string) => void): Figure {
  const input = randomPool(mulberry32(2024), 2000, 1000, 2);
  let matched = 0;
  let totalScore = 0;
  const ms = medianMs(3, () => {
    const outcome = matchProfiles(input);
    check(outcome.ok, () => 'the realistic pool failed to match');
    ({ matched, totalScore } = outcome.result);
  });
  let forbidden = 0;
  const scoringMs = medianMs(3, () => {
    const prepared = preparePool(input);
    check(prepared.ok, () => 'the realistic pool failed to prepare');
    forbidden = scorePool(
      prepared.index,
      input.mentors.map((m) => m.capacity),
    ).violations.reduce((count, mask) => count + (mask === 0 ? 0 : 1), 0);
  });
  log(`matching: realistic pool ${round2(ms)} ms (scoring ${round2(scoringMs)} ms)`);
  return {
    figure: 'matching.pool',
    mentees: 2000,
    mentors: 1000,
    capacity: 2,
    forbidden_share: round2(forbidden / (2000 * 1000)),
    ms: round2(ms),
    scoring_ms: round2(scoringMs),
    target_ms: POOL_TARGET_MS,
    matched,
    total_score: totalScore,
  };
}

/** Random scores in millionths, the same for every run of the bench (seeded by n). */
function randomMillionths(n: number): Int32Array {
  const random = mulberry32(n);
  return Int32Array.from({ length: n * n }, () => Math.floor(random() * 1_000_001));
}

/** The median wall time of `runs` calls, in milliseconds. */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
