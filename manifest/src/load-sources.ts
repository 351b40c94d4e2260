import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './fill-template';
import { PackagingError } from './packaging-error';
import { LOCAL_ENV } from './package-variables';
import { readEnvFile } from './read-env-file';

/** A JSON object, as the manifest and localization files are. */
export type JsonObject = { [key: string]: Json };

/**
 * Reads env/.env.<env> and, over it, env/.env.<env>.user (the Agents Toolkit's place for
 * values kept out of git). Only the local env may run without a file: for a deployed env a
 * missing file almost always means a typo in the env name.
 */
export function loadEnvValues(envDir: string, envName: string): Record<string, string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(envName)) {
    throw new PackagingError(`Env name "${envName}" may contain only letters, digits, "-" and "_".`);
  }
  const path = join(envDir, `.env.${envName}`);
  const main = readEnvFile(path);
  if (main === undefined && envName !== LOCAL_ENV) throw new PackagingError(`Env file not found: ${path}`);
  return { ...main, ...readEnvFile(`${path}.user`) };
}

/** Parses a JSON file that must hold an object, naming the file in any error. */
export function readJsonObject(path: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PackagingError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PackagingError(`${path} must contain a JSON object.`);
  }
  return parsed as JsonObject;
}

/** The `version` field of the package.json in `repoRoot`. */
export function readPackageVersion(repoRoot: string): string {
  const version = readJsonObject(join(repoRoot, 'package.json')).version;
  if (typeof version !== 'string') throw new PackagingError('package.json has no "version".');
  return version;
}

/** The files named in `localizationInfo.additionalLanguages`, in manifest order. */
export function localizationFiles(manifest: JsonObject): string[] {
  const info = manifest.localizationInfo;
  if (info === null || typeof info !== 'object' || Array.isArray(info)) return [];
  const languages = info.additionalLanguages;
  if (!Array.isArray(languages)) return [];
  return languages.flatMap((language) =>
    language !== null && typeof language === 'object' && !Array.isArray(language) && typeof language.file === 'string'
      ? [language.file]
      : [],
  );
}
