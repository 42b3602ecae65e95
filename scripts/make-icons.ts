/**
 * Draws Épure's toolbar icon: a bold dark "É" on a light rounded square with a dark rim, so it
 * reads on light and dark toolbars alike, down to 16 px. The shape is a few rectangles and one
 * polygon (no font, so every machine draws the same icon). Writes public/icon/{16,32,48,128}.png.
 *
 *   npx tsx scripts/make-icons.ts            # Chromium (playwright-core) if installed, else pure JS
 *   npx tsx scripts/make-icons.ts --pure     # always the pure-JS rasteriser
 *
 * Also writes scripts/icon.svg, the same drawing as SVG (not shipped).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const GRID = 128;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Rgba = [number, number, number, number];
type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: Rgba }
  | { kind: 'polygon'; points: [number, number][]; fill: Rgba };

const INK: Rgba = [28, 25, 23, 255];
const PAPER: Rgba = [251, 247, 238, 255];

/**
 * The drawing, on a 128-unit grid. Edges sit on multiples of 8 units (1 px at 16 px, 2 at 32,
 * 3 at 48), so the small sizes stay crisp; strokes are at least 16 units (2 px at 16 px).
 */
const SHAPES: Shape[] = [
  // Dark rim, then the light tile inside it.
  { kind: 'rect', x: 0, y: 0, w: 128, h: 128, r: 28, fill: INK },
  { kind: 'rect', x: 8, y: 8, w: 112, h: 112, r: 20, fill: PAPER },
  // "E": stem and three arms (the middle one shorter), bold.
  { kind: 'rect', x: 40, y: 40, w: 16, h: 64, r: 0, fill: INK },
  { kind: 'rect', x: 40, y: 40, w: 48, h: 16, r: 0, fill: INK },
  { kind: 'rect', x: 40, y: 64, w: 40, h: 16, r: 0, fill: INK },
  { kind: 'rect', x: 40, y: 88, w: 48, h: 16, r: 0, fill: INK },
  // Acute accent, leaning right.
  { kind: 'polygon', points: [[56, 32], [68, 16], [84, 16], [72, 32]], fill: INK },
];

function toSvg(shapes: Shape[]): string {
  const colour = (c: Rgba) => `rgb(${c[0]} ${c[1]} ${c[2]})`;
  const body = shapes
    .map((s) =>
      s.kind === 'rect'
        ? `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${colour(s.fill)}"/>`
        : `<polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${colour(s.fill)}"/>`,
    )
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}" width="${GRID}" height="${GRID}">\n  ${body}\n</svg>\n`;
}

// ---- Pure-JS rasteriser: 8×8 supersampling per pixel, shapes painted in order. ----------

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'rect') {
    const { x: rx, y: ry, w, h, r } = shape;
    if (x < rx || x > rx + w || y < ry || y > ry + h) return false;
    const cx = Math.min(Math.max(x, rx + r), rx + w - r);
    const cy = Math.min(Math.max(y, ry + r), ry + h - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  }
  let hit = false;
  const pts = shape.points;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function rasterise(shapes: Shape[], size: number): Buffer {
  const SS = 8;
  const scale = GRID / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          let colour: Rgba | null = null;
          for (const shape of shapes) if (inside(shape, x, y)) colour = shape.fill;
          if (colour) {
            r += colour[0] * colour[3];
            g += colour[1] * colour[3];
            b += colour[2] * colour[3];
            a += colour[3];
          }
        }
      }
      const o = (py * size + px) * 4;
      // Premultiplied average → straight alpha.
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round(a / (SS * SS));
    }
  }
  return encodePng(size, size, pixels);
}

// ---- Minimal PNG encoder (RGBA, 8 bit, no filter) ----------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Chromium path: the SVG, screenshotted with a transparent background ----------------

async function renderWithChromium(svg: string): Promise<Map<number, Buffer> | null> {
  if (!existsSync(CHROMIUM)) return null;
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const out = new Map<number, Buffer>();
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(`width="${GRID}" height="${GRID}"`, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const svg = toSvg(SHAPES);
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'icon.svg'), svg);
  const viaChromium = process.argv.includes('--pure') ? null : await renderWithChromium(svg).catch(() => null);
  for (const size of SIZES) {
    const png = viaChromium?.get(size) ?? rasterise(SHAPES, size);
    writeFileSync(join(OUT_DIR, `${size}.png`), png);
  }
  console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT_DIR} (${viaChromium ? 'Chromium' : 'pure JS'}).`);
}

await main();
