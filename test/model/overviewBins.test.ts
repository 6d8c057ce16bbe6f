import { describe, expect, it } from "vitest";
import { stackedParts, type YearBin } from "../../src/model/overviewBins.ts";

const bin = (byTheme: Array<[string, number]>): YearBin => ({
  year: 2010,
  total: 20,
  filtered: byTheme.reduce((n, [, c]) => n + c, 0),
  byTheme: byTheme.map(([theme, count]) => ({ theme, count })),
});

describe("stackedParts", () => {
  it("stacks the themes in order from the base, leaving out the empty ones", () => {
    expect(
      stackedParts(
        bin([
          ["trafficking", 2],
          ["labour", 0],
          ["diaspora", 3],
          ["integration", 1],
        ]),
      ),
    ).toEqual([
      { theme: "trafficking", from: 0, to: 2 },
      { theme: "diaspora", from: 2, to: 5 },
      { theme: "integration", from: 5, to: 6 },
    ]);
  });

  it("has nothing to stack when nothing is filtered in", () => {
    expect(stackedParts(bin([["trafficking", 0]]))).toEqual([]);
  });
});
