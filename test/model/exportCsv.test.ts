import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { CSV_COLUMNS, eventsToCsv, neutraliseCell } from "../../src/model/exportCsv.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

/** Minimal RFC 4180 reader for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  return rows;
}

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["2016-06-30", "2016-06-30"],
    ["中国", "中国"],
  ])("%j → %j", (input, out) => expect(neutraliseCell(input)).toBe(out));
});

describe("eventsToCsv", () => {
  it("starts with a BOM and has a header and one row per event, quoting commas and quotes", () => {
    const d = miniDataset();
    d.events[0].title.en = '=cmd|" /C calc"!A0, "quoted"';
    const csv = eventsToCsv(buildDatasetIndex(d), ["china-observer", "china-joins-iom"], "zh");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1][0]).toBe("china-observer");
    expect(rows[1][3]).toBe("2001年6月");
    expect(rows[2][4]).toBe(`'=cmd|" /C calc"!A0, "quoted"`);
    expect(rows[2][5]).toBe("中国加入国际移民组织");
    expect(rows[2][8]).toBe("中国（申请方）；国际移民组织（主办方）");
  });
});
