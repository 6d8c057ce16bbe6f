/**
 * A file's bytes as text, decoded strictly: UTF-8 (with or without a byte-order mark), or UTF-16
 * with one. Anything else is refused with a message naming the file and the encoding, instead of
 * replacement characters or a JSON/CSV error that sends the user looking in the wrong place.
 */
import { fileLevelProblem, type Problem } from "./problem.ts";

export type DecodedText = { ok: true; text: string } | { ok: false; problems: Problem[] };

const refuse = (file: string, message: string): DecodedText => ({ ok: false, problems: [fileLevelProblem(file, message)] });

export function decodeText(input: ArrayBuffer | Uint8Array, file: string): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le", file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be", file);
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) {
    return refuse(
      file,
      `the file looks like UTF-16 (${unmarked}) without a byte-order mark; save it as UTF-8 and open it again`,
    );
  }
  return utf8(bytes, file);
}

function utf8(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineAndColumn(bytes, at);
    const byte = bytes[at].toString(16).toUpperCase().padStart(2, "0");
    const hint = bytes[at] >= 0xa0 ? " (it may be Latin-1 or Windows-1252)" : "";
    return refuse(
      file,
      `the file is not valid UTF-8${hint}: byte 0x${byte} at line ${line}, column ${column}; save it as UTF-8 and open it again`,
    );
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string): DecodedText {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return refuse(file, `the file is not valid ${encoding.toUpperCase()}; save it as UTF-8 and open it again`);
  }
}

/** Text in UTF-16 has a NUL in every other byte for ASCII: JSON and CSV are mostly ASCII. */
function unmarkedUtf16(bytes: Uint8Array): "little-endian" | "big-endian" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "little-endian";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "big-endian";
  return null;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, as an editor shows them: continuation bytes do not start one.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** A chosen file's text, decoded as above. */
export async function readFileText(file: File): Promise<DecodedText> {
  return decodeText(await file.arrayBuffer(), file.name);
}
