import { hex, over, TRANSPARENT, type Paint } from './raster';

/** Teams' indigo, also the manifest's accentColor, so the tile and the icon agree. */
export const TANDEM_INDIGO = '#5B5FC7';

const WHITE = hex('#ffffff');

/** Two overlapping rings side by side: the mentor and the executive as a pair. */
interface Pair {
  centreY: number;
  leftX: number;
  rightX: number;
  outerRadius: number;
  innerRadius: number;
}

function distance(x: number, y: number, cx: number, cy: number): number {
  return Math.hypot(x - cx, y - cy);
}

function inRing(pair: Pair, x: number, y: number): boolean {
  const inOne = (cx: number) => {
    const d = distance(x, y, cx, pair.centreY);
    return d <= pair.outerRadius && d >= pair.innerRadius;
  };
  return inOne(pair.leftX) || inOne(pair.rightX);
}

function inOverlap(pair: Pair, x: number, y: number): boolean {
  return (
    distance(x, y, pair.leftX, pair.centreY) <= pair.outerRadius &&
    distance(x, y, pair.rightX, pair.centreY) <= pair.outerRadius
  );
}

/**
 * The 192x192 colour icon: full-bleed indigo (Teams rounds the corners itself), two white
 * rings, and a faint white lens where they overlap so the "together" part reads at a glance.
 * The symbol stays within the central 120 px, the safe area Teams' icon guidance asks for.
 */
export const colorIcon: Paint = (x, y) => {
  const pair: Pair = { centreY: 96, leftX: 74, rightX: 118, outerRadius: 38, innerRadius: 28 };
  const background = hex(TANDEM_INDIGO);
  if (inRing(pair, x, y)) return WHITE;
  if (inOverlap(pair, x, y)) return over(hex('#ffffff', 0.35), background);
  return background;
};

/**
 * The 32x32 outline icon: the same two rings in pure white on transparency, which is all
 * Teams allows for the monochrome icon in the app bar.
 */
export const outlineIcon: Paint = (x, y) => {
  const pair: Pair = { centreY: 16, leftX: 11, rightX: 21, outerRadius: 9, innerRadius: 7 };
  return inRing(pair, x, y) ? WHITE : TRANSPARENT;
};
