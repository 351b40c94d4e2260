import { munkres } from 'munkres';

/**
 * The npm packages the issue names as peers, run on the same random matrices as Tandem's
 * solver. Each takes its own input shape; building that input is not timed.
 */
export interface Peer {
  readonly name: 'munkres' | 'lsa';
  /** Prepares the peer's input from scores in millionths (integers, n × n, row-major). */
  prepare(millionths: Int32Array, n: number): unknown;
  /** Solves the prepared input; returns the optimal total score in millionths. */
  solve(prepared: unknown, n: number): number;
}

/** munkres minimises: it gets costs 10^6 − score as number[][]. */
const munkresPeer: Peer = {
  name: 'munkres',
  prepare: (millionths, n) =>
    Array.from({ length: n }, (_, row) => Array.from(millionths.subarray(row * n, row * n + n), (s) => 1_000_000 - s)),
  solve: (prepared, n) => {
    const costs = prepared as number[][];
    const cost = munkres(costs).reduce((sum, [row, col]) => sum + costs[row]![col]!, 0);
    return n * 1_000_000 - cost;
  },
};

/**
 * linear-sum-assignment maximises by default; the option is spelt `maximaze`. It is ESM-only,
 * which this CommonJS project loads with require() (Node ≥ 20.19); its types do not resolve
 * under `moduleResolution: node10`, hence the local signature.
 */
type LinearSumAssignment = (input: Float64Array[], options?: { maximaze?: boolean }) => { gain: number };

const lsaPeer: Peer = {
  name: 'lsa',
  prepare: (millionths, n) =>
    Array.from({ length: n }, (_, row) =>
      Float64Array.from(millionths.subarray(row * n, row * n + n), (s) => s / 1_000_000),
    ),
  solve: (prepared) => {
    const { linearSumAssignment } = require('linear-sum-assignment') as { linearSumAssignment: LinearSumAssignment };
    return Math.round(linearSumAssignment(prepared as Float64Array[], { maximaze: true }).gain * 1_000_000);
  },
};

/** Both peers, in output order. */
export const PEERS: readonly Peer[] = [munkresPeer, lsaPeer];
