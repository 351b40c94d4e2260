/** A straight-alpha colour with channels from 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Returns the colour of the picture at a point in pixel coordinates. */
export type Paint = (x: number, y: number) => Rgba;

/** Fully transparent; also used where nothing is drawn. */
export const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, a: 0 };

/**
 * Samples `paint` on a `samples` x `samples` grid inside every pixel and averages the
 * results, which anti-aliases curved edges without a real vector renderer.
 * Averaging happens on premultiplied colour so transparent samples add no dark fringe.
 * Returns straight-alpha RGBA bytes, row-major.
 */
export function rasterise(width: number, height: number, paint: Paint, samples = 4): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const sum = { r: 0, g: 0, b: 0, a: 0 };
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          sum.r += c.r * c.a;
          sum.g += c.g * c.a;
          sum.b += c.b * c.a;
          sum.a += c.a;
        }
      }
      writePixel(out, (py * width + px) * 4, sum, samples * samples);
    }
  }
  return out;
}

function writePixel(out: Uint8Array, offset: number, sum: Rgba, count: number): void {
  const alpha = sum.a / count;
  const channel = (premultiplied: number) => (alpha === 0 ? 0 : toByte(premultiplied / sum.a));
  out[offset] = channel(sum.r);
  out[offset + 1] = channel(sum.g);
  out[offset + 2] = channel(sum.b);
  out[offset + 3] = toByte(alpha);
}

function toByte(unit: number): number {
  return Math.min(255, Math.max(0, Math.round(unit * 255)));
}

/** Parses `#rrggbb` into an opaque colour. */
export function hex(color: string, alpha = 1): Rgba {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`Not a #rrggbb colour: ${color}`);
  const [, r = '0', g = '0', b = '0'] = match;
  return { r: parseInt(r, 16) / 255, g: parseInt(g, 16) / 255, b: parseInt(b, 16) / 255, a: alpha };
}

/** Source-over compositing of `top` on `bottom` (both straight alpha). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return TRANSPARENT;
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}
