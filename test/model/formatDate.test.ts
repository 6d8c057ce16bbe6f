import { describe, expect, it } from "vitest";
import { formatEventDate, formatPartialDate } from "../../src/model/formatDate.ts";

describe("formatPartialDate", () => {
  it.each([
    ["2001", "en", "2001"],
    ["2001-06", "en", "June 2001"],
    ["2016-06-30", "en", "30 June 2016"],
    ["2001", "zh", "2001年"],
    ["2001-06", "zh", "2001年6月"],
    ["2016-06-30", "zh", "2016年6月30日"],
  ] as const)("%s in %s → %s", (d, lang, out) => expect(formatPartialDate(d, lang)).toBe(out));
});

describe("formatEventDate", () => {
  it.each([
    [{ start: "2016-06-20", end: "2016-06-22" }, "en", "20–22 June 2016"],
    [{ start: "2016-06-20", end: "2016-06-22" }, "zh", "2016年6月20日至22日"],
    [{ start: "2011-11-29", end: "2011-12-02" }, "en", "29 November – 2 December 2011"],
    [{ start: "2011-11-29", end: "2011-12-02" }, "zh", "2011年11月29日至12月2日"],
    [{ start: "2001-06", end: "2016-06-30" }, "en", "June 2001 – 30 June 2016"],
    [{ start: "2008", end: "2010" }, "zh", "2008年至2010年"],
    [{ start: "2016-06" }, "en", "June 2016"],
  ] as const)("%j in %s → %s", (d, lang, out) => expect(formatEventDate(d, lang)).toBe(out));
});
