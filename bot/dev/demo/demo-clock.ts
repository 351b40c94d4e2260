import type { Clock } from '../../src/domain/clock';

/**
 * Real time, except while the seed sets it back: the demo's history (meetings held weeks ago,
 * their feedback) is made through the services at the moments it happened, so every date is
 * relative to today and the demo is never stale.
 */
export class DemoClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `at` (and runs on from there). */
  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Back to real time. */
  backToToday(): void {
    this.offsetMs = 0;
  }
}

const DAY = 86_400_000;

/** Today's date moved by whole days, at a given UTC hour. */
export function daysFromToday(days: number, hourUtc = 9): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hourUtc) + days * DAY);
}
