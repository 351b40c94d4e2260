import type { PairMomentum } from '../pairing/pair';
import type { MomentumDecision, NudgeKind } from './momentum';

/**
 * The pair's momentum memory after a decision: the nudges about to go out are stamped (so a
 * second sweep within the rate limit sends nothing) and the at-risk flag is raised, keeping
 * the time it was first raised. Undefined when nothing changes, so the sweep writes nothing.
 */
export function recordMomentum(
  current: PairMomentum | undefined,
  decision: MomentumDecision,
  now: Date,
): PairMomentum | undefined {
  if (decision.nudges.length === 0 && (!decision.atRisk || current?.atRisk?.personId === decision.atRisk.personId))
    return undefined;
  const at = now.toISOString();
  const lastNudged = { ...(current?.lastNudged ?? {}) };
  for (const nudge of decision.nudges) lastNudged[nudge.kind] = at;
  const atRisk = decision.atRisk
    ? current?.atRisk?.personId === decision.atRisk.personId
      ? current.atRisk
      : { ...decision.atRisk, since: at }
    : current?.atRisk;
  return atRisk ? { lastNudged, atRisk } : { lastNudged };
}

/** The stamps the guard reads back, typed by kind. */
export function lastNudges(momentum: PairMomentum | undefined): Partial<Record<NudgeKind, string>> {
  return (momentum?.lastNudged ?? {}) as Partial<Record<NudgeKind, string>>;
}
