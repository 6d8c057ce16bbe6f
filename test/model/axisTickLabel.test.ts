import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { axisTickLabel } from "../../src/model/axisTickLabel.ts";

describe("axisTickLabel", () => {
  it("labels years, months and days in Chinese and English", () => {
    expect(axisTickLabel(new Date(Date.UTC(2016, 0, 1)), "zh")).toBe("2016年");
    expect(axisTickLabel(new Date(Date.UTC(2016, 9, 1)), "zh")).toBe("10月");
    expect(axisTickLabel(new Date(Date.UTC(2016, 9, 17)), "zh")).toBe("10月17日");
    expect(axisTickLabel(new Date(Date.UTC(2016, 0, 1)), "en")).toBe("2016");
    expect(axisTickLabel(new Date(Date.UTC(2016, 9, 1)), "en")).toBe("October");
    expect(axisTickLabel(new Date(Date.UTC(2016, 9, 17)), "en")).toBe("Oct 17");
  });

  it("agrees with d3's English tick format on a story's window, and has no Latin letters in Chinese", () => {
    const x = scaleUtc().domain([Date.UTC(2016, 8, 15), Date.UTC(2017, 11, 31)]);
    const d3 = x.tickFormat(12);
    for (const tick of x.ticks(12)) {
      expect(axisTickLabel(tick, "en")).toBe(d3(tick).replace(/ 0/, " "));
      expect(axisTickLabel(tick, "zh")).not.toMatch(/[A-Za-z]/);
    }
  });
});
