import { describe, expect, it } from "vitest";
import { fetchBundleText } from "../../src/data/fetchBundleText.ts";

const message = async (param: string, base: string) => {
  const got = await fetchBundleText(param, base);
  return got.ok ? null : got.problems[0].message;
};

describe("a ?data= link's bundle", () => {
  it("is refused from another site", async () => {
    expect(await message("https://elsewhere.example/b.json", "https://liaison.example/")).toMatch(/only .* from this site/);
  });
  it("from a page opened from disk, points to “Open dataset” instead of failing to fetch", async () => {
    expect(await message("./bundle.json", "file:///media/usb/liaison.html")).toMatch(/opened from disk .*Open dataset/);
  });
});
