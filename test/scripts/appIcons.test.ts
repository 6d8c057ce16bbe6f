import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { APP_ICONS, drawIcon, encodePng, ICON_BLUE } from "../../scripts/appIcons.ts";

/** Width, height and RGBA pixels of an 8-bit RGBA PNG with unfiltered rows (what encodePng writes). */
function decode(png: Buffer): { width: number; height: number; px: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const body = png.subarray(at + 4, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len), `${type} CRC`).toBe(zlib.crc32(body));
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + len));
    at += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const px = new Uint8Array(width * height * 4);
  for (let j = 0; j < height; j++)
    px.set(raw.subarray(j * (width * 4 + 1) + 1, (j + 1) * (width * 4 + 1)), j * width * 4);
  return { width, height, px };
}

const at = (px: Uint8Array, size: number, x: number, y: number) => [
  ...px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

describe("the app's icons", () => {
  it("are the committed PNGs in public/, at the sizes the manifest names", () => {
    for (const spec of APP_ICONS) {
      const file = fs.readFileSync(path.resolve(import.meta.dirname, "../../public", spec.file));
      const { width, height } = decode(file);
      expect([width, height], spec.file).toEqual([spec.size, spec.size]);
    }
  });
  it("draw white nodes on blue, with transparent rounded corners unless maskable", () => {
    const size = 64;
    const plain = drawIcon(size, false);
    expect(at(plain, size, 0, 0)[3]).toBe(0); // corner outside the rounded square
    expect(at(plain, size, 4, size / 2)).toEqual([...ICON_BLUE, 255]);
    expect(at(plain, size, 20, 40)).toEqual([255, 255, 255, 255]); // the lower node (10, 20) of 32
    const maskable = drawIcon(size, true);
    // A maskable icon fills its square: the platform crops it.
    expect(at(maskable, size, 0, 0)).toEqual([...ICON_BLUE, 255]);
    expect(at(maskable, size, size - 1, size - 1)).toEqual([...ICON_BLUE, 255]);
  });
  it("keep a maskable icon's drawing inside the central safe circle (80% of the size)", () => {
    const size = 128;
    const px = drawIcon(size, true);
    let drawnOutside = 0;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const r = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
        if (r > 0.4 * size && at(px, size, x, y).join() !== [...ICON_BLUE, 255].join()) drawnOutside++;
      }
    expect(drawnOutside).toBe(0);
    // And the drawing is there, inside.
    expect(at(px, size, size / 2, size / 2)).toEqual([255, 255, 255, 255]);
  });
  it("encode pixels losslessly", () => {
    const px = drawIcon(32, false);
    expect(decode(encodePng(32, px)).px).toEqual(px);
  });
});
