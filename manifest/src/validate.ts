import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type { Json } from './fill-template';
import { repairSchemaPatterns } from './schema-patterns';

const SCHEMA_HOST = 'https://developer.microsoft.com/';
const PACKAGE_ROOT = dirname(require.resolve('@microsoft/app-manifest/package.json'));

/**
 * The copy of a `developer.microsoft.com/json-schemas/...` schema that ships inside
 * @microsoft/app-manifest, or undefined when the package does not bundle it. Mirrors the
 * package's own lookup, which also ignores a locale segment such as `/en-us/`.
 */
export function bundledSchemaPath(schemaUrl: string): string | undefined {
  const withoutLocale = schemaUrl.replace(/^https:\/\/developer\.microsoft\.com\/[a-z]{2}(-[a-z]{2})?\//i, SCHEMA_HOST);
  if (!withoutLocale.startsWith(`${SCHEMA_HOST}json-schemas/teams/`)) return undefined;
  const path = join(PACKAGE_ROOT, 'build', withoutLocale.slice(SCHEMA_HOST.length));
  return existsSync(path) ? path : undefined;
}

/**
 * Validates a manifest or localization file against the official schema its `$schema`
 * names, using only the copy bundled with @microsoft/app-manifest. Returns the schema
 * errors (empty when valid). A schema that is not bundled is reported as an error instead
 * of being downloaded: packaging must give the same answer offline and in CI.
 */
export async function validateAgainstBundledSchema(document: Json): Promise<string[]> {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return ['not a JSON object'];
  const schemaUrl = document.$schema;
  if (typeof schemaUrl !== 'string') return ['$schema is missing: it names the schema to validate against'];
  if (!bundledSchemaPath(schemaUrl)) {
    return [`$schema ${schemaUrl} is not bundled with @microsoft/app-manifest; pick a bundled version`];
  }
  // The library reads the bundled file for this URL (checked above), so no network is used.
  const schema = repairSchemaPatterns(await AppManifestUtils.fetchSchema(schemaUrl));
  return AppManifestUtils.validateAgainstSchema(document as unknown as AppManifest, schema);
}

/**
 * Teams requires the manifest and every localization file to use the same schema version,
 * and `manifestVersion` to match the schema URL. Returns one message per disagreement.
 */
export function checkSchemaVersions(manifest: Record<string, Json>, localizations: Record<string, Json>): string[] {
  const version = manifest.manifestVersion;
  const problems: string[] = [];
  const versionIn = (doc: Record<string, Json>) => /\/teams\/v([^/]+)\//.exec(String(doc.$schema ?? ''))?.[1];
  if (versionIn(manifest) !== version) {
    problems.push(`manifestVersion "${String(version)}" does not match $schema ${String(manifest.$schema)}`);
  }
  for (const [file, doc] of Object.entries(localizations)) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || versionIn(doc) !== version) {
      problems.push(`${file}: $schema must be the v${String(version)} localization schema, like the manifest`);
    }
  }
  return problems;
}
