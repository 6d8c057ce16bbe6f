import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../src/data/parseJsonText.ts";

describe("parseJsonText", () => {
  it("parses valid JSON", () => {
    expect(parseJsonText('{"a": [1, "x", true, null]}')).toEqual({ ok: true, value: { a: [1, "x", true, null] } });
  });
  it.each([
    ['{\n  "a": 1,\n}', 3, 1, "trailing comma"],
    ['{\n  "a" 1\n}', 2, 7, 'expected ":"'],
    ['{"a": [1, 2,, 3]}', 1, 13, 'unexpected character ","'],
    ['{"a": 1', 1, 8, 'unexpected end of file, expected "," or "}"'],
    ["{\n  'a': 1\n}", 2, 3, "expected a double-quoted property name"],
    ['{"a": "line\nbreak"}', 1, 12, "unescaped control character in string"],
    ['{"a": 1} x', 1, 10, "unexpected content after the end of the JSON value"],
    ["", 1, 1, "unexpected end of file, expected a value"],
  ])("locates the error in %j at line %i, column %i", (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });
  it("locates an error in a file nested far deeper than the call stack allows", () => {
    const text = '{"events": ' + "[".repeat(200_000);
    expect(parseJsonText(text)).toEqual({
      ok: false,
      line: 1,
      column: text.length + 1,
      message: "unexpected end of file, expected a value",
    });
    const closed = "[".repeat(100_000) + "1" + "]".repeat(99_999) + ",]";
    expect(parseJsonText(closed)).toMatchObject({ ok: false, column: closed.length, message: "trailing comma" });
  });
});
