import { PackagingError } from './packaging-error';

/** The env name used when none is given; the only one that may run without an env file. */
export const LOCAL_ENV = 'local';

/**
 * Fixed, obviously fake GUIDs so a local package builds without any Azure registration.
 * They are distinct and non-nil because Teams rejects duplicate or all-zero ids.
 */
export const LOCAL_DEFAULTS: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
  AAD_APP_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
  TAB_ENDPOINT: 'https://localhost:3978',
};

/** Where the values come from, lowest precedence first. */
export interface VariableSources {
  envName: string;
  /** Values from env/.env.<env> (and .env.<env>.user), if any. */
  fileValues: Readonly<Record<string, string>>;
  /** The process environment; wins over the files, as in the Agents Toolkit. */
  processEnv: Readonly<Record<string, string | undefined>>;
  /** package.json `version`, the default for APP_VERSION. */
  packageVersion: string;
  /** Every variable the templates use; each must end up with a value. */
  required: readonly string[];
}

/**
 * Merges the sources, applies local defaults and derived values (BOT_DOMAIN from
 * TAB_ENDPOINT, APP_VERSION from package.json), checks formats, and throws one
 * PackagingError naming every required variable that is still missing.
 */
export function resolveVariables(sources: VariableSources): Record<string, string> {
  const values: Record<string, string> = { ...nonEmpty(sources.fileValues), ...nonEmpty(sources.processEnv) };
  if (sources.envName === LOCAL_ENV) {
    for (const [name, value] of Object.entries(LOCAL_DEFAULTS)) values[name] ??= value;
  }
  values.APP_VERSION ??= sources.packageVersion;
  if (values.TAB_ENDPOINT !== undefined) {
    values.TAB_ENDPOINT = checkEndpoint(values.TAB_ENDPOINT);
    // host, not hostname: keeps a non-default port (localhost:3978), as the Toolkit's TAB_DOMAIN does.
    values.BOT_DOMAIN ??= new URL(values.TAB_ENDPOINT).host;
  }
  const missing = missingNames(sources.required, values);
  if (missing.length > 0) {
    throw new PackagingError(
      `Missing required variables for env "${sources.envName}". Set them in env/.env.${sources.envName} or the environment:`,
      missing,
    );
  }
  checkVersion(values.APP_VERSION);
  return values;
}

function nonEmpty(source: Readonly<Record<string, string | undefined>>): Record<string, string> {
  // An empty value means "unset", so `BOT_ID=` in a template env file does not hide the error.
  const entries = Object.entries(source).filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== '');
  return Object.fromEntries(entries);
}

function missingNames(required: readonly string[], values: Record<string, string>): string[] {
  const missing = new Set(required.filter((name) => values[name] === undefined));
  // BOT_DOMAIN is derived, so point at the variable the person actually has to set.
  if (missing.delete('BOT_DOMAIN')) missing.add('TAB_ENDPOINT');
  return [...missing].sort();
}

function checkEndpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PackagingError(`TAB_ENDPOINT is not a URL: "${raw}"`);
  }
  // Teams loads tabs only over https, and the manifest builds paths by appending "/tab/...".
  if (url.protocol !== 'https:') throw new PackagingError(`TAB_ENDPOINT must start with https://, got "${raw}"`);
  if (url.search || url.hash) throw new PackagingError(`TAB_ENDPOINT must not have a query or fragment: "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function checkVersion(version: string | undefined): void {
  // Teams accepts only plain MAJOR.MINOR.PATCH; "1.0.0-beta" is rejected at upload.
  if (version === undefined || !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) {
    throw new PackagingError(`APP_VERSION must look like 1.2.3, got "${version ?? ''}"`);
  }
}
