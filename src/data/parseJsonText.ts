/**
 * JSON.parse with a useful error: V8's messages do not always give a position, so on failure
 * a small scanner walks the text to the first offending character and reports line and column.
 */
export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, message } = findSyntaxError(text);
    const before = text.slice(0, offset).split("\n");
    return { ok: false, line: before.length, column: before[before.length - 1].length + 1, message };
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function findSyntaxError(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (ch: string, what: string) => {
    ws();
    if (text[i] !== ch) fail(i >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}`);
    i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (!'"\\/bfnrtu'.includes(text[i] ?? "")) fail("invalid escape in string");
      } else if (text.charCodeAt(i) < 0x20) fail("unescaped control character in string");
      i++;
    }
    if (i >= text.length) fail("unterminated string");
    i++;
  };
  const literal = () => {
    const c = text[i];
    const match = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!match) fail(c === undefined ? "unexpected end of file, expected a value" : `unexpected character ${JSON.stringify(c)}`);
    i += match![0].length;
  };
  const key = (close: string) => {
    ws();
    if (text[i] !== '"') fail(text[i] === close ? "trailing comma" : "expected a double-quoted property name");
    string();
    expect(":", '":"');
  };
  // Iterative, with the open containers on an explicit stack: a file nested tens of thousands of
  // levels deep must get its located error, not overflow the call stack.
  const value = (): void => {
    const open: string[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === "{" || c === "[") {
        const close = c === "{" ? "}" : "]";
        i++;
        ws();
        if (text[i] === close) i++;
        else {
          open.push(close);
          if (close === "}") key(close);
          continue;
        }
      } else if (c === '"') string();
      else literal();
      // A value ended: close what it ends, or move on to the next member.
      for (;;) {
        const close = open[open.length - 1];
        if (close === undefined) return;
        ws();
        if (text[i] === ",") {
          i++;
          ws();
          if (text[i] === close) fail("trailing comma");
          if (close === "}") key(close);
          break;
        }
        if (text[i] !== close) {
          fail(i >= text.length ? `unexpected end of file, expected "," or "${close}"` : `expected "," or "${close}"`);
        }
        i++;
        open.pop();
      }
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail("unexpected content after the end of the JSON value");
    return { offset: 0, message: "invalid JSON" };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, message: e.message };
    throw e;
  }
}
