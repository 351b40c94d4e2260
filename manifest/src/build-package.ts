import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconFiles, iconProblems } from './check-icons';
import { fillPlaceholders, findPlaceholders, hasUnfilledMarker, type Json } from './fill-template';
import { localizationFiles, loadEnvValues, readJsonObject, readPackageVersion, type JsonObject } from './load-sources';
import { missingTranslations, unresolvedLocalizationKeys } from './localization-check';
import { LOCAL_ENV, resolveVariables } from './package-variables';
import { PackagingError } from './packaging-error';
import { checkSchemaVersions, validateAgainstBundledSchema } from './validate';
import { writeZip } from './write-zip';

const REPO_ROOT = join(__dirname, '..', '..');

/** Where to read from and write to; every field has a default for `npm run package`. */
export interface BuildOptions {
  /** Env name: reads env/.env.<envName>. Default `local`. */
  envName?: string;
  /** Directory for appPackage.<env>.zip. Default `build/`. */
  outDir?: string;
  /** Directory holding the .env.<env> files. Default `env/`. */
  envDir?: string;
  /** Overrides the env files. Default `process.env`; tests pass `{}` to stay hermetic. */
  processEnv?: Readonly<Record<string, string | undefined>>;
  /** Directory with manifest.json, localization files and icons. Default `manifest/`. */
  manifestDir?: string;
}

/** What was written, so callers (and tests) need not unzip to inspect it. */
export interface BuiltPackage {
  zipPath: string;
  manifest: JsonObject;
  localizations: Record<string, JsonObject>;
}

interface FilledFiles {
  manifest: JsonObject;
  localizations: Record<string, JsonObject>;
}

/**
 * Fills the manifest templates for one env, validates them against the bundled official
 * schemas and Tandem's own rules (translations, icons), and only then writes
 * `<outDir>/appPackage.<env>.zip`. Throws a PackagingError listing every problem found.
 */
export async function buildAppPackage(options: BuildOptions = {}): Promise<BuiltPackage> {
  const envName = options.envName ?? LOCAL_ENV;
  const manifestDir = options.manifestDir ?? join(REPO_ROOT, 'manifest');
  const files = fillTemplates(manifestDir, envName, options);
  const problems = await findProblems(files, manifestDir);
  if (problems.length > 0) {
    throw new PackagingError(`The ${envName} app package is not valid, so nothing was written:`, problems);
  }
  const zipPath = join(options.outDir ?? join(REPO_ROOT, 'build'), `appPackage.${envName}.zip`);
  writeZip(zipPath, [
    { name: 'manifest.json', content: jsonBytes(files.manifest) },
    ...Object.entries(files.localizations).map(([name, doc]) => ({ name, content: jsonBytes(doc) })),
    ...Object.values(iconFiles(files.manifest)).map((name) => ({
      name,
      content: readFileSync(join(manifestDir, name)),
    })),
  ]);
  return { zipPath, ...files };
}

function fillTemplates(manifestDir: string, envName: string, options: BuildOptions): FilledFiles {
  const templates: Record<string, JsonObject> = { 'manifest.json': readJsonObject(join(manifestDir, 'manifest.json')) };
  for (const file of localizationFiles(templates['manifest.json'] ?? {}))
    templates[file] = readJsonObject(join(manifestDir, file));
  const variables = resolveVariables({
    envName,
    fileValues: loadEnvValues(options.envDir ?? join(REPO_ROOT, 'env'), envName),
    processEnv: options.processEnv ?? process.env,
    packageVersion: readPackageVersion(REPO_ROOT),
    required: [...new Set(Object.values(templates).flatMap((doc) => findPlaceholders(doc)))],
  });
  const filled: Record<string, JsonObject> = {};
  for (const [file, template] of Object.entries(templates)) {
    const { value, missing } = fillPlaceholders(template, variables);
    if (missing.length > 0 || hasUnfilledMarker(value)) {
      throw new PackagingError(
        `${file} still has unfilled \${{...}} placeholders:`,
        missing.length ? missing : ['malformed placeholder'],
      );
    }
    filled[file] = value;
  }
  const { 'manifest.json': manifest = {}, ...localizations } = filled;
  return { manifest, localizations };
}

async function findProblems({ manifest, localizations }: FilledFiles, manifestDir: string): Promise<string[]> {
  const problems = (await validateAgainstBundledSchema(manifest)).map((error) => `manifest.json schema: ${error}`);
  for (const [file, doc] of Object.entries(localizations)) {
    problems.push(...(await validateAgainstBundledSchema(doc)).map((error) => `${file} schema: ${error}`));
    problems.push(
      ...unresolvedLocalizationKeys(manifest, doc).map(
        (key) => `${file}: key "${key}" matches no string in the manifest`,
      ),
    );
    problems.push(...missingTranslations(manifest, doc).map((key) => `${file}: no translation for "${key}"`));
  }
  problems.push(...checkSchemaVersions(manifest, localizations), ...iconProblems(manifest, manifestDir));
  return problems;
}

function jsonBytes(value: Json): Buffer {
  // JSON.stringify keeps non-ASCII as-is, so umlauts stay readable UTF-8 in the package.
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
