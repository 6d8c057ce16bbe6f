import { describe, expect, it } from "vitest";
import { locatePassage } from "../../src/model/locatePassage.ts";

describe("locatePassage", () => {
  const text = "第一行 2016 年 6 月 30 日，中国向国际\n移民组织提出申请。";
  it("finds a quote across a line break and returns original offsets", () => {
    const at = locatePassage(text, "中国向国际移民组织")!;
    expect(text.slice(at.start, at.end)).toBe("中国向国际\n移民组织");
  });
  it("ignores spacing differences", () => {
    const at = locatePassage(text, "2016年6月30日")!;
    expect(text.slice(at.start, at.end)).toBe("2016 年 6 月 30 日");
  });
  it("returns null when absent or empty", () => {
    expect(locatePassage(text, "不存在")).toBeNull();
    expect(locatePassage(text, "  ")).toBeNull();
  });
});
