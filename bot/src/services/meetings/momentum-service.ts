import type { Clock } from '../../domain/clock';
import { assessMomentum, lastNudges, recordMomentum, type Nudge } from '../../domain/meetings';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { Versioned } from '../versioned';
import type { PairRepository } from '../matching/pairing-repositories';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { MeetingRepository } from './meeting-ports';

/** Delivers one nudge; implemented by the Teams layer. */
export interface NudgeNotifier {
  nudge(pair: Pair, nudge: Nudge): Promise<void>;
}

/** What one sweep did, for logs and tests. */
export interface MomentumReport {
  pairs: number;
  nudges: number;
  flagged: number;
}

/**
 * The momentum guard's sweep over running programmes. For each running pair it asks the
 * domain which nudges are due, stamps them on the pair with a conditional write first (so two
 * instances never both send, and a crash after the write loses a nudge rather than doubling
 * it), then sends them.
 */
export class MomentumService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly meetings: MeetingRepository,
    private readonly notifier: NudgeNotifier,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<MomentumReport> {
    const report: MomentumReport = { pairs: 0, nudges: 0, flagged: 0 };
    const running = (await this.programmes.listAll()).map((p) => p.value).filter((p) => p.status === 'running');
    for (const programme of running) {
      for (const stored of await this.pairs.list(programme.id)) {
        if (stored.value.status !== 'confirmed') continue;
        report.pairs += 1;
        const outcome = await this.guard(programme, stored);
        report.nudges += outcome.nudges;
        report.flagged += outcome.flagged ? 1 : 0;
      }
    }
    return report;
  }

  private async guard(programme: Programme, stored: Versioned<Pair>): Promise<{ nudges: number; flagged: boolean }> {
    const pair = stored.value;
    const now = this.clock.now();
    const meetings = (await this.meetings.list(programme.id, pairIdOf(pair.mentorId, pair.menteeId))).map(
      (m) => m.value,
    );
    const since = pair.respondedAt ?? pair.createdAt;
    const decision = assessMomentum({
      pair: { ...pair, since },
      meetings,
      meetingsTarget: programme.meetingsTarget,
      programmeEndDate: programme.endDate,
      lastSent: lastNudges(pair.momentum),
      now,
    });
    const momentum = recordMomentum(pair.momentum, decision, now);
    if (!momentum || (await this.pairs.update({ ...pair, momentum }, stored.etag)) !== 'written')
      return { nudges: 0, flagged: false };
    for (const nudge of decision.nudges) await this.notifier.nudge({ ...pair, momentum }, nudge);
    return { nudges: decision.nudges.length, flagged: Boolean(momentum.atRisk && !pair.momentum?.atRisk) };
  }
}
