import type { Translate } from '../../i18n';

const FAILURE_KEYS: Record<string, string> = {
  'not-admin': 'programme.notAdmin',
  'not-found': 'programme.notFound',
  busy: 'programme.busy',
  'status-not-allowed': 'programme.statusNotAllowed',
};

/** The sentence for a refused programme change; anything unexpected gets the general apology. */
export function programmeFailureText(t: Translate, reason: string): string {
  return t(FAILURE_KEYS[reason] ?? 'errors.turnFailed');
}
