import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import AdmZip from 'adm-zip';

/** One file at the root of the app package. */
export interface PackageEntry {
  name: string;
  content: Buffer;
}

/**
 * Writes the entries to a zip at `zipPath`, all at the root as Teams expects. Writes to a
 * temporary name first so an interrupted run never leaves a half-written package behind;
 * writes the bytes itself because adm-zip's writeZip swallows write errors.
 */
export function writeZip(zipPath: string, entries: readonly PackageEntry[]): void {
  mkdirSync(dirname(zipPath), { recursive: true });
  const zip = new AdmZip();
  for (const entry of entries) zip.addFile(entry.name, entry.content);
  const partial = `${zipPath}.partial`;
  writeFileSync(partial, zip.toBuffer());
  renameSync(partial, zipPath);
}
