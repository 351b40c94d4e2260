import type { Translate } from '../../i18n';
import type { AdminStanding } from '../../services/programmes/programme-service';

/**
 * What HR's commands answer when no programme fits: someone who runs none hears that they are
 * no admin, or, as a bootstrap admin with no programme yet, how to create one; an admin whose
 * programmes are all in another phase hears the command's own hint (`otherwiseKey`).
 */
export function noProgrammeText(t: Translate, standing: AdminStanding, otherwiseKey: string): string {
  if (standing.runs.length > 0) return t(otherwiseKey);
  return t(standing.mayCreate ? 'programme.noProgrammeYet' : 'programme.notAdmin');
}
