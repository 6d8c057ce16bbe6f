import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "../../src/data/decodeText.ts";

const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) [out[2 * i], out[2 * i + 1]] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
  return out;
};
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));
const message = (r: ReturnType<typeof decodeText>) => (r.ok ? r.text : `${r.problems[0].file}: ${r.problems[0].message}`);

describe("decodeText", () => {
  it("decodes UTF-8, with or without a byte-order mark", () => {
    const text = '{"title": "Liaison 中国 é"}';
    expect(decodeText(new TextEncoder().encode(text), "a.json")).toEqual({ ok: true, text });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(text)), "a.json")).toEqual({ ok: true, text });
  });
  it("decodes UTF-16 with a byte-order mark, in either byte order", () => {
    const le = utf16le("id,名称\n");
    const be = le.map((_, i) => le[i ^ 1]);
    expect(decodeText(bytes([0xff, 0xfe], le), "actors.csv")).toEqual({ ok: true, text: "id,名称\n" });
    expect(decodeText(bytes([0xfe, 0xff], be), "actors.csv")).toEqual({ ok: true, text: "id,名称\n" });
  });
  it("refuses UTF-16 without a byte-order mark, naming the file and the encoding", () => {
    expect(message(decodeText(utf16le('{"events": []}'), "bundle.json"))).toBe(
      "bundle.json: the file looks like UTF-16 (little-endian) without a byte-order mark; save it as UTF-8 and open it again",
    );
  });
  it("refuses invalid UTF-8 (a Latin-1 é) with its place, instead of replacement characters", () => {
    const latin1 = bytes(new TextEncoder().encode('{\n  "name": "Caf'), [0xe9], new TextEncoder().encode('"\n}'));
    expect(message(decodeText(latin1, "events.csv"))).toBe(
      "events.csv: the file is not valid UTF-8 (it may be Latin-1 or Windows-1252): byte 0xE9 at line 2, column 15; save it as UTF-8 and open it again",
    );
  });
  it("finds the first invalid byte exactly where the strict decoder fails", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (arr) => {
        let strictOk = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(arr);
        } catch {
          strictOk = false;
        }
        const at = firstInvalidUtf8(arr);
        expect(at === -1).toBe(strictOk);
        if (!strictOk) expect(() => new TextDecoder("utf-8", { fatal: true }).decode(arr.subarray(0, at))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
