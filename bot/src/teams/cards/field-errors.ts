import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';

/** One localised message per field, for the error lines under each input of a form card. */
export function fieldErrors(t: Translate, issues: readonly FieldIssue[] = []): Record<string, string> {
  return Object.fromEntries(
    issues.map((issue) => [issue.field, t(`validation.${issue.code}`, { limit: issue.limit })]),
  );
}
