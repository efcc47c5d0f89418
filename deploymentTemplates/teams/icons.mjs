// Draws HeelBot's Teams icons: a white footprint with a marked heel. Pure arithmetic, no fonts or
// downloads, so the same PNG bytes come out on every machine. Run `node icons.mjs` to (re)write
// color.png (192×192, full colour) and outline.png (32×32, white on transparent) beside this file.
// A clinic may replace both files with its own artwork of the same sizes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { encodePng } from './png.mjs';

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

// The web chat's clinic colour (src/Bot/wwwroot/app.css), and a warm spot for the sore heel.
const ACCENT = [0x2f, 0x6f, 0x6a];
const WHITE = [0xff, 0xff, 0xff];
const HEEL = [0xf4, 0xa2, 0x61];

// A right footprint seen from below, toes up, in a unit square (y grows downwards).
const FOOT = [
  { x: 0.5, y: 0.74, rx: 0.15, ry: 0.175 }, // heel
  { x: 0.52, y: 0.55, rx: 0.125, ry: 0.19 }, // midfoot
  { x: 0.55, y: 0.36, rx: 0.175, ry: 0.15 }, // ball of the foot
  { x: 0.43, y: 0.125, rx: 0.065, ry: 0.07 }, // big toe
  { x: 0.54, y: 0.11, rx: 0.045, ry: 0.048 },
  { x: 0.63, y: 0.13, rx: 0.04, ry: 0.043 },
  { x: 0.705, y: 0.17, rx: 0.035, ry: 0.037 },
  { x: 0.765, y: 0.225, rx: 0.03, ry: 0.032 },
];
const SORE_HEEL = [{ x: 0.5, y: 0.755, rx: 0.085, ry: 0.1 }];

// 4×4 samples per pixel smooth the edges.
const SAMPLES = 4;

function inside(shapes, x, y) {
  return shapes.some((e) => ((x - e.x) / e.rx) ** 2 + ((y - e.y) / e.ry) ** 2 <= 1);
}

/** The share (0..1) of each pixel covered by the shapes, drawn at `scale` around the centre. */
function coverage(size, shapes, scale) {
  const result = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (px + (sx + 0.5) / SAMPLES) / size;
          const v = (py + (sy + 0.5) / SAMPLES) / size;
          if (inside(shapes, 0.5 + (u - 0.5) / scale, 0.5 + (v - 0.5) / scale)) {
            hits++;
          }
        }
      }
      result[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return result;
}

function mix(under, over, amount) {
  return under.map((c, i) => Math.round(c + (over[i] - c) * amount));
}

/** The 192×192 colour icon: the clinic colour edge to edge, a white footprint, the heel marked. */
export function colorIcon() {
  const foot = coverage(COLOR_SIZE, FOOT, 0.78);
  const heel = coverage(COLOR_SIZE, SORE_HEEL, 0.78);
  const rgba = Buffer.alloc(COLOR_SIZE * COLOR_SIZE * 4);
  for (let i = 0; i < foot.length; i++) {
    const colour = mix(mix(ACCENT, WHITE, foot[i]), HEEL, heel[i]);
    rgba.set([...colour, 0xff], i * 4);
  }
  return encodePng(COLOR_SIZE, COLOR_SIZE, rgba);
}

/** The 32×32 outline icon: only white, shaped by transparency, as Teams asks. */
export function outlineIcon() {
  const foot = coverage(OUTLINE_SIZE, FOOT, 0.92);
  const rgba = Buffer.alloc(OUTLINE_SIZE * OUTLINE_SIZE * 4);
  for (let i = 0; i < foot.length; i++) {
    rgba.set([...WHITE, Math.round(foot[i] * 0xff)], i * 4);
  }
  return encodePng(OUTLINE_SIZE, OUTLINE_SIZE, rgba);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(folder, 'color.png'), colorIcon());
  writeFileSync(join(folder, 'outline.png'), outlineIcon());
  console.log(`wrote ${join(folder, 'color.png')} and ${join(folder, 'outline.png')}`);
}
