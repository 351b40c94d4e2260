import { toInstant } from '../../domain/meetings';
import type { Translate } from '../../i18n';
export { timeZoneOf } from '../turn-info';

/** The sentence for a refused news action; anything unexpected gets the general apology. */
export function newsFailureText(t: Translate, reason: string): string {
  if (reason === 'not-admin' || reason === 'no-programme') return t(reason === 'not-admin' ? 'news.notAdmin' : 'news.noProgramme');
  return t(`news.failures.${reason}`, { defaultValue: t('errors.turnFailed') });
}


/** A date and time typed in the admin's time zone, as an instant; undefined when not a real time. */
export function scheduledInstant(date: string, time: string, timeZone: string): Date | undefined {
  const instant = toInstant({ date, time, timeZone });
  return instant.ok ? instant.value : undefined;
}
