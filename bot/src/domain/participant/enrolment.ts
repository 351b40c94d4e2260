import { cleanTypedText } from '../text';
import { ROLES, type Role } from './profile';

/** A person HR enrolled (e.g. from a CSV export of the HR system), before they onboard. */
export interface Enrolment {
  programmeId: string;
  /** Lower-cased: the key that matches the person's Teams sign-in (UPN or mail). */
  email: string;
  name: string;
  role: Role;
  department: string;
  location: string;
  managerEmail: string;
  /** Set when the person onboards in Teams. */
  aadObjectId?: string;
  importedAt: string;
}

/** Why a row was not imported; the line number is the file's, header included. */
export interface EnrolmentRowIssue {
  line: number;
  reason: 'missing-email' | 'invalid-email' | 'missing-name' | 'invalid-role' | 'too-long' | 'duplicate-email';
  field?: string;
}

/** One row's values. Optional columns a file does not have stay undefined, so a re-import never blanks them. */
export type EnrolmentFields = Omit<
  Enrolment,
  'programmeId' | 'importedAt' | 'aadObjectId' | 'department' | 'location' | 'managerEmail'
> &
  Partial<Pick<Enrolment, 'department' | 'location' | 'managerEmail'>>;

const FIELD_MAX = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Column names as HR systems and Excel exports spell them, in English and German. */
const HEADER_ALIASES: Record<string, keyof EnrolmentFields> = {
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  upn: 'email',
  'e-mail-adresse': 'email',
  emailadresse: 'email',
  name: 'name',
  'full name': 'name',
  'vollständiger name': 'name',
  anzeigename: 'name',
  'display name': 'name',
  role: 'role',
  rolle: 'role',
  department: 'department',
  abteilung: 'department',
  bereich: 'department',
  location: 'location',
  standort: 'location',
  ort: 'location',
  manager: 'managerEmail',
  'manager email': 'managerEmail',
  'manager e-mail': 'managerEmail',
  führungskraft: 'managerEmail',
  'führungskraft e-mail': 'managerEmail',
  vorgesetzte: 'managerEmail',
};

const ROLE_ALIASES: Record<string, Role> = {
  mentor: 'mentor',
  mentorin: 'mentor',
  mentee: 'mentee',
  'mentee (führungskraft)': 'mentee',
};

/** The field a CSV column means, or undefined for columns we ignore. */
export function fieldForHeader(header: string): keyof EnrolmentFields | undefined {
  return HEADER_ALIASES[
    header
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
  ];
}

/**
 * Checks each row on its own: valid rows are kept, invalid ones are reported with their line
 * number and reason, so HR can fix the file and import again (imports are idempotent).
 */
export function checkEnrolmentRows(
  rows: ReadonlyArray<{ line: number; values: Partial<Record<keyof EnrolmentFields, string>> }>,
): { valid: EnrolmentFields[]; issues: EnrolmentRowIssue[] } {
  const valid: EnrolmentFields[] = [];
  const issues: EnrolmentRowIssue[] = [];
  const seen = new Set<string>();
  for (const { line, values } of rows) {
    const issue = rowIssue(values, seen);
    if (issue) {
      issues.push({ line, ...issue });
      continue;
    }
    const fields = cleaned(values);
    seen.add(fields.email);
    valid.push(fields);
  }
  return { valid, issues };
}

function rowIssue(
  values: Partial<Record<keyof EnrolmentFields, string>>,
  seen: Set<string>,
): Omit<EnrolmentRowIssue, 'line'> | undefined {
  const email = values.email?.trim().toLowerCase() ?? '';
  if (!email) return { reason: 'missing-email', field: 'email' };
  if (!EMAIL.test(email)) return { reason: 'invalid-email', field: 'email' };
  if (seen.has(email)) return { reason: 'duplicate-email', field: 'email' };
  if (!values.name?.trim()) return { reason: 'missing-name', field: 'name' };
  if (!ROLE_ALIASES[values.role?.trim().toLowerCase() ?? '']) return { reason: 'invalid-role', field: 'role' };
  const tooLong = (['name', 'department', 'location', 'managerEmail'] as const).find(
    (field) => (values[field]?.trim().length ?? 0) > FIELD_MAX,
  );
  return tooLong ? { reason: 'too-long', field: tooLong } : undefined;
}

function cleaned(values: Partial<Record<keyof EnrolmentFields, string>>): EnrolmentFields {
  return {
    email: values.email!.trim().toLowerCase(),
    name: cleanTypedText(values.name!).trim(),
    role: ROLE_ALIASES[values.role!.trim().toLowerCase()]!,
    department: values.department && cleanTypedText(values.department).trim(),
    location: values.location && cleanTypedText(values.location).trim(),
    managerEmail: values.managerEmail?.trim().toLowerCase(),
  };
}

/** Roles accepted in files, for the documentation. */
export const ACCEPTED_ROLES = [...ROLES, 'mentorin'] as const;
