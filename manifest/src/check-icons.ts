import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { imageSize } from 'image-size';
import type { JsonObject } from './load-sources';

/** The pixel sizes Teams requires for each manifest icon. */
export const ICON_SIZES: Readonly<Record<string, number>> = { color: 192, outline: 32 };

/** The icon file names the manifest refers to, by icon kind (color, outline). */
export function iconFiles(manifest: JsonObject): Record<string, string> {
  const icons = manifest.icons;
  if (icons === null || typeof icons !== 'object' || Array.isArray(icons)) return {};
  return Object.fromEntries(
    Object.entries(icons).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Problems with the icons: missing files, not PNG, or the wrong size. Teams checks the
 * sizes at upload; catching them here gives the message before anyone tries to sideload.
 */
export function iconProblems(manifest: JsonObject, manifestDir: string): string[] {
  return Object.entries(iconFiles(manifest)).flatMap(([kind, file]) => {
    const path = join(manifestDir, file);
    if (basename(file) !== file) return [`icons.${kind}: "${file}" must be a file name at the package root`];
    if (!existsSync(path)) return [`icons.${kind}: ${path} does not exist`];
    const { width, height, type } = imageSize(readFileSync(path));
    const size = ICON_SIZES[kind];
    if (type !== 'png') return [`icons.${kind}: ${file} must be a PNG, is ${type ?? 'unknown'}`];
    if (size !== undefined && (width !== size || height !== size)) {
      return [`icons.${kind}: ${file} must be ${size}x${size}, is ${width}x${height}`];
    }
    return [];
  });
}
