import { toInstant } from '../../domain/meetings';
import type { Translate } from '../../i18n';
import type { BroadcastFailure } from '../../services/broadcasts/broadcast-service';
export { timeZoneOf } from '../turn-info';

/** Why a news action is refused: the broadcast service's reasons, and a time the card could not read. */
export type NewsRefusal = BroadcastFailure | 'invalid-time';

/** A sentence for every refusal: a new reason without one does not compile. */
const FAILURE_KEYS = {
  'not-admin': 'news.notAdmin',
  'no-programme': 'news.noProgramme',
  'not-found': 'news.failures.not-found',
  'already-sent': 'news.failures.already-sent',
  'not-scheduled': 'news.failures.not-scheduled',
  'in-the-past': 'news.failures.in-the-past',
  busy: 'news.failures.busy',
  'invalid-time': 'news.failures.invalid-time',
  'invalid-input': 'validation.summary',
  'missing-channel': 'news.compose.missingChannel',
} as const satisfies Record<NewsRefusal, string>;

/** The sentence for a refused news action. */
export function newsFailureText(t: Translate, reason: NewsRefusal): string {
  return t(FAILURE_KEYS[reason]);
}

/** A date and time typed in the admin's time zone, as an instant; undefined when not a real time. */
export function scheduledInstant(date: string, time: string, timeZone: string): Date | undefined {
  const instant = toInstant({ date, time, timeZone });
  return instant.ok ? instant.value : undefined;
}
