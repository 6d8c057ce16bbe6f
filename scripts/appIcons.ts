/**
 * The installable app's icons (web app manifest), drawn from the favicon's design — two linked
 * nodes on Liaison blue — as PNGs (`npm run gen:icons` writes them to public/icons/): 192 and
 * 512 px, and a maskable 512 px one whose drawing keeps inside the central safe zone and whose
 * background fills the square.
 */
import zlib from "node:zlib";

export interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

export const APP_ICONS: IconSpec[] = [
  { file: "icons/icon-192.png", size: 192, maskable: false },
  { file: "icons/icon-512.png", size: 512, maskable: false },
  { file: "icons/maskable-512.png", size: 512, maskable: true },
];

export const ICON_BLUE: [number, number, number] = [0x0b, 0x5c, 0xad];

/** Coverage of a point (in the favicon's 32-unit space) by the white drawing. */
function inDrawing(x: number, y: number): boolean {
  const inCircle = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // The link: a segment from (10,20) to (22,11), 2.5 units wide.
  const [ax, ay, bx, by] = [10, 20, 22, 11];
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  const onLink = (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= 1.25 ** 2;
  return inCircle(10, 20, 4) || inCircle(22, 11, 4) || onLink;
}

/** Whether a point (32-unit space) is inside the rounded square (rx 6). */
function inBackground(x: number, y: number): boolean {
  const r = 6;
  const dx = Math.max(r - x, x - (32 - r), 0);
  const dy = Math.max(r - y, y - (32 - r), 0);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && dx * dx + dy * dy <= r * r;
}

/** RGBA pixels of one icon, antialiased by 4×4 supersampling where a pixel straddles an edge. */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  // A maskable icon may be cropped to a circle of 80% of its size: the drawing (which reaches
  // 37% of the size from the centre) shrinks to keep a margin inside it.
  const scale = maskable ? 0.85 : 1;
  const unit = 32 / size;
  const bgAt = (x: number, y: number) => maskable || inBackground(x, y);
  const fgAt = (x: number, y: number) => inDrawing(16 + (x - 16) / scale, 16 + (y - 16) / scale);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const [x0, y0, x1, y1] = [i * unit, j * unit, (i + 1) * unit, (j + 1) * unit];
      const corners = [bgAt(x0, y0), bgAt(x1, y0), bgAt(x0, y1), bgAt(x1, y1)];
      const fgCorners = [fgAt(x0, y0), fgAt(x1, y0), fgAt(x0, y1), fgAt(x1, y1)];
      let cover: number;
      let white: number;
      if (corners.every((c) => c === corners[0]) && fgCorners.every((c) => c === fgCorners[0])) {
        cover = corners[0] ? 1 : 0;
        white = corners[0] && fgCorners[0] ? 1 : 0;
      } else {
        let bg = 0;
        let fg = 0;
        for (let sj = 0; sj < n; sj++) {
          for (let si = 0; si < n; si++) {
            const x = x0 + ((si + 0.5) / n) * unit;
            const y = y0 + ((sj + 0.5) / n) * unit;
            const b = bgAt(x, y);
            if (b) bg++;
            if (b && fgAt(x, y)) fg++;
          }
        }
        cover = bg / (n * n);
        white = fg / (n * n);
      }
      const o = (j * size + i) * 4;
      // White over blue, by the share of samples each covers.
      const mix = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(ICON_BLUE[c] + (255 - ICON_BLUE[c]) * mix);
      px[o + 3] = Math.round(cover * 255);
    }
  }
  return px;
}

/** A PNG file (8-bit RGBA, no interlace) of the given pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) raw.set(rgba.subarray(j * size * 4, (j + 1) * size * 4), j * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const iconPng = (spec: IconSpec): Buffer => encodePng(spec.size, drawIcon(spec.size, spec.maskable));
