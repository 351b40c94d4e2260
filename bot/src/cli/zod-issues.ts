import type { ZodError, ZodIssue } from 'zod';

/** A field path as a person would write it: `mentees[3].languages`. */
export function fieldPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The most telling problem of a failed parse as one line: `mentees[3].languages: expected array, received string`. */
export function firstIssue(error: ZodError): string {
  // A misspelt field also shows up as a missing one; naming the unknown spelling helps more.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  return issue ? `${fieldPath(issue.path)}: ${issueText(issue)}` : 'invalid input';
}

function issueText(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `required ${issue.expected}, missing`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}
