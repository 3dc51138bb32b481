/**
 * Draws Plankoll's icons as real PNG files with nothing but Node's zlib: a rounded blue square with a
 * white checklist (three lines, the first two ticked). Sizes: 16/32/80 px for the ribbon buttons,
 * 64/128 px for the add-in icon (IconUrl / HighResolutionIconUrl). Run: `npx tsx scripts/make-icons.ts`.
 *
 * Shapes are signed-distance functions sampled 4x4 per pixel, so small sizes stay crisp enough.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const BRAND: Rgba = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const WHITE: Rgba = [255, 255, 255, 255];
const TICK: Rgba = [146, 221, 133, 255]; // light green tick, readable on the blue

const SIZES = [16, 32, 64, 80, 128] as const;

/** Distance from p to the segment a-b (unit square coordinates). */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance to a rounded square covering [m, 1-m]² with corner radius r (negative inside). */
function roundedSquare(px: number, py: number, m: number, r: number): number {
  const cx = Math.abs(px - 0.5) - (0.5 - m - r);
  const cy = Math.abs(py - 0.5) - (0.5 - m - r);
  return Math.hypot(Math.max(cx, 0), Math.max(cy, 0)) + Math.min(Math.max(cx, cy), 0) - r;
}

/** The colour at a point of the unit square, or null for transparent. */
function shade(x: number, y: number, size: number): Rgba | null {
  if (roundedSquare(x, y, 0.03, 0.16) > 0) return null;
  // Small sizes get thicker strokes so the lines survive at 16 px.
  const stroke = size <= 16 ? 0.075 : size <= 32 ? 0.06 : 0.045;
  const rows = [0.3, 0.52, 0.74];
  for (let i = 0; i < rows.length; i++) {
    const cy = rows[i];
    const ticked = i < 2;
    if (ticked) {
      const dTick = Math.min(
        segmentDistance(x, y, 0.19, cy, 0.25, cy + 0.06),
        segmentDistance(x, y, 0.25, cy + 0.06, 0.36, cy - 0.07),
      );
      if (dTick < stroke) return TICK;
    } else if (Math.hypot(x - 0.27, y - cy) < stroke * 1.2) {
      return WHITE;
    }
    if (segmentDistance(x, y, 0.47, cy, 0.81, cy) < stroke) return WHITE;
  }
  return BRAND;
}

function render(size: number): Buffer {
  const samples = 4;
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let py = 0; py < size; py++) {
    raw[py * stride] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (c === null) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = py * stride + 1 + px * 4;
      if (a > 0) {
        raw[o] = Math.round(r / a);
        raw[o + 1] = Math.round(g / a);
        raw[o + 2] = Math.round(b / a);
      }
      raw[o + 3] = Math.round(a / (samples * samples));
    }
  }
  return encodePng(size, size, raw);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 8-bit RGBA, non-interlaced; `raw` holds filtered scanlines. */
function encodePng(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, render(size));
    process.stdout.write(`${file}\n`);
  }
}

main();
