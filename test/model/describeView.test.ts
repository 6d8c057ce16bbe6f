import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { suggestImageTitle } from "../../src/model/describeView.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

describe("suggestImageTitle", () => {
  const index = buildDatasetIndex(miniDataset());
  const base = getDefaultViewState();
  it("names the selected event or actor first", () => {
    expect(suggestImageTitle(index, { ...base, sel: { type: "event", id: "china-joins-iom" } }, "en")).toBe(
      "China joins IOM",
    );
    expect(suggestImageTitle(index, { ...base, sel: { type: "actor", id: "mps" } }, "zh")).toBe("公安部");
  });
  it("else says what is filtered, with the language's punctuation", () => {
    const s = { ...base, themes: ["governance"], actors: ["china"] };
    expect(suggestImageTitle(index, s, "en")).toBe("Themes: Governance · Actors: China");
    expect(suggestImageTitle(index, s, "zh")).toBe("主题：治理；行为体：中国");
  });
  it("else the app and the window; an unknown selection falls through", () => {
    const s = { ...base, sel: { type: "event" as const, id: "gone" }, from: "2016-01-01", to: "2016-12-31" };
    expect(suggestImageTitle(index, s, "en")).toMatch(/^Liaison — .*2016/);
  });
});
