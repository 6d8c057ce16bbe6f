import { describe, expect, it } from "vitest";
import { FetchFailure, isFetchFailure } from "../../src/data/fetchFailure.ts";
import { describeFailure } from "../../src/model/describeFailure.ts";

describe("what a failure tells the user", () => {
  it("says a fetch failed because the server cannot be reached, in both languages", () => {
    const lost = new FetchFailure("events.json", new TypeError("Failed to fetch"));
    expect(describeFailure("en", "whatDocument", lost)).toMatch(
      /^The source document could not be loaded: the server cannot be reached .*works offline/,
    );
    expect(describeFailure("zh", "whatDocument", lost)).toMatch(/^无法加载来源文件：无法连接服务器/);
  });
  it("treats a script chunk that failed to load (the export code, offline) as a failed fetch", () => {
    const chunk = new TypeError("Failed to fetch dynamically imported module: http://x/assets/exporters-1.js");
    expect(isFetchFailure(chunk)).toBe(true);
    expect(describeFailure("en", "whatExport", chunk)).toMatch(/^This export could not be loaded/);
  });
  it("names the action and its reason for any other error", () => {
    expect(isFetchFailure(new RangeError("Invalid array length"))).toBe(false);
    expect(describeFailure("en", "whatHandout", new RangeError("Invalid array length"))).toBe(
      "The handout failed: Invalid array length",
    );
    expect(describeFailure("zh", "whatHandout", "boom")).toBe("打印讲义失败：boom");
  });
});
