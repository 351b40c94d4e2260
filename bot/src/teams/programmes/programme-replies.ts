import type { Translate } from '../../i18n';
import type { ProgrammeFailure } from '../../services/programmes/programme-service';

/** A sentence for every reason a programme action can be refused: a new reason without one does not compile. */
const FAILURE_KEYS = {
  'not-admin': 'programme.notAdmin',
  'not-found': 'programme.notFound',
  busy: 'programme.busy',
  'invalid-input': 'validation.summary',
  'status-not-allowed': 'programme.statusNotAllowed',
  'unknown-topic': 'programme.topics.unknown',
  'topic-name-invalid': 'programme.topics.invalid',
  'unknown-material': 'programme.materials.unknown',
  'material-invalid': 'programme.materials.invalid',
  'last-admin': 'programme.admins.lastAdmin',
  'already-admin': 'programme.admins.already',
  'not-an-admin': 'programme.admins.notAdmin',
} as const satisfies Record<ProgrammeFailure, string>;

/** The sentence for a refused programme change. */
export function programmeFailureText(t: Translate, reason: ProgrammeFailure): string {
  return t(FAILURE_KEYS[reason]);
}
