import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeShippedLayout } from "../../scripts/generateLayout.ts";

const dataDir = path.resolve(import.meta.dirname, "../../data");

describe("shipped layout", () => {
  it("data/layout.json matches the current data (run npm run gen:layout)", () => {
    expect(fs.readFileSync(path.join(dataDir, "layout.json"), "utf8")).toBe(computeShippedLayout(dataDir));
  }, 60_000);
});
