import { describe, expect, it } from "vitest";
import { endMs, isValidPartialDate, isoDay, precisionOf, startMs, utc, wholeYearsCovering } from "../../src/data/partialDate.ts";

describe("partialDate", () => {
  it.each([
    ["2001", "year"],
    ["2001-06", "month"],
    ["2016-06-30", "day"],
  ])("precisionOf(%s) = %s", (d, p) => expect(precisionOf(d)).toBe(p));

  it.each([
    ["2016-02-29", true],
    ["2015-02-29", false],
    ["2016-04-31", false],
    ["2016-13", false],
    ["16-06-30", false],
    ["2016-6-30", false],
    ["2016", true],
  ])("isValidPartialDate(%s) = %s", (d, ok) => expect(isValidPartialDate(d)).toBe(ok));

  it("keeps years below 100 as themselves (found by the URL property test)", () => {
    expect(startMs("0000-01-01")).toBeLessThan(startMs("0100-01-01"));
    expect(isValidPartialDate("0004-02-29")).toBe(true);
  });
  it("spans the whole period a partial date names", () => {
    expect(isoDay(startMs("2001-06"))).toBe("2001-06-01");
    expect(isoDay(endMs("2001-06"))).toBe("2001-07-01");
    expect(isoDay(endMs("2001"))).toBe("2002-01-01");
    expect(isoDay(endMs("2016-12-31"))).toBe("2017-01-01");
  });
  it("places years 0–99 in their own century, not the 1900s", () => {
    expect(isoDay(startMs("0050-03-01"))).toBe("0050-03-01");
    expect(isoDay(endMs("0099"))).toBe("0100-01-01");
    expect(utc(50, 0, 1)).toBe(startMs("0050"));
    const years = wholeYearsCovering({ start: startMs("0050-03-01"), end: endMs("2016") });
    expect([years.firstYear, years.lastYear, isoDay(years.start), isoDay(years.end)]).toEqual([50, 2016, "0050-01-01", "2017-01-01"]);
  });
});
