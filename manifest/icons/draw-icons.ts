/**
 * Regenerates manifest/color.png and manifest/outline.png: `npx tsx manifest/icons/draw-icons.ts`.
 * The PNGs are committed; run this only when the design in tandem-icons.ts changes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeRgbaPng } from './png-encoder';
import { rasterise, type Paint } from './raster';
import { colorIcon, outlineIcon } from './tandem-icons';

const MANIFEST_DIR = join(__dirname, '..');

function draw(file: string, size: number, paint: Paint, samples: number): void {
  const path = join(MANIFEST_DIR, file);
  writeFileSync(path, encodeRgbaPng(size, size, rasterise(size, size, paint, samples)));
  console.log(`wrote ${path} (${size}x${size})`);
}

draw('color.png', 192, colorIcon, 4);
// More samples for the small icon: each edge pixel matters at 32 px.
draw('outline.png', 32, outlineIcon, 8);
