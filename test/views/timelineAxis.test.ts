import { describe, expect, it } from "vitest";
import { axisLabel } from "../../src/views/timelineAxis.ts";

// vis-timeline hands the axis local dates.
const at = (y: number, m: number, d: number) => new Date(y, m, d);

describe("axisLabel", () => {
  it("labels years, months and days in English", () => {
    expect(axisLabel(at(2016, 0, 1), "year", "en", false)).toBe("2016");
    expect(axisLabel(at(2016, 8, 1), "month", "en", false)).toBe("Sep");
    expect(axisLabel(at(2016, 8, 1), "month", "en", true)).toBe("2016");
    expect(axisLabel(at(2016, 8, 19), "day", "en", false)).toBe("19");
    expect(axisLabel(at(2016, 8, 19), "day", "en", true)).toBe("Sep 2016");
  });

  it("labels them in Chinese with their characters", () => {
    expect(axisLabel(at(2016, 0, 1), "year", "zh", false)).toBe("2016年");
    expect(axisLabel(at(2016, 8, 1), "month", "zh", false)).toBe("9月");
    expect(axisLabel(at(2016, 8, 19), "day", "zh", false)).toBe("19日");
    expect(axisLabel(at(2016, 8, 19), "day", "zh", true)).toBe("2016年9月");
  });
});
