/**
 * Writes Sift's toolbar icons (public/icons/icon-<size>.png) with Node alone: a green rounded square
 * with three white bars narrowing like a sieve. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icons');
const SIZES = [16, 32, 48, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage (0..1) of pixel (x, y) by the icon's shapes, 4x4 supersampled for smooth edges. */
function pixel(size: number, x: number, y: number): [number, number, number, number] {
  let bg = 0;
  let bar = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const r = 0.2;
      const dx = Math.max(r - u, 0, u - (1 - r));
      const dy = Math.max(r - v, 0, v - (1 - r));
      if (dx * dx + dy * dy > r * r) continue;
      bg++;
      const bars = [
        [0.24, 0.2, 0.8],
        [0.44, 0.3, 0.7],
        [0.64, 0.4, 0.6],
      ] as const;
      if (bars.some(([top, left, right]) => v >= top && v <= top + 0.12 && u >= left && u <= right)) bar++;
    }
  }
  const a = bg / 16;
  const w = bg ? bar / bg : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * w);
  return [mix(0x2f, 0xff), mix(0x5d, 0xff), mix(0x50, 0xff), Math.round(a * 255)];
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(OUT, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.length} icons to public/icons`);
