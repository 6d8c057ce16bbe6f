import { describe, expect, it } from "vitest";
import { subjectMilestones, subjectStory } from "../../src/model/subjectIntro.ts";
import { realDataset, realIndex } from "../fixtures/realIndex.ts";

describe("subjectMilestones (curated data)", () => {
  it("observer 2001, the office agreement 2006, the office 2007, membership 2016", () => {
    const m = subjectMilestones(realIndex).map((x) => [x.date, "relation" in x ? x.relation.id : x.event]);
    expect(m).toEqual([
      ["2001-06", "china-iom-observer"],
      ["2006-09", "china-iom-office-agreement-2006"],
      ["2007-03", "china-hosts-iom-liaison-office"],
      ["2016-06-30", "china-iom-member"],
    ]);
  });
  it("is empty for a dataset without the two", () => {
    expect(subjectMilestones(realIndex, ["state-china", "nobody"])).toEqual([]);
  });
  it("finds the China–IOM story", () => {
    expect(subjectStory(realDataset.stories)?.id).toBe("china-iom-observer-to-member");
    const renamed = realDataset.stories.map((s) => ({ ...s, id: `x-${s.id}` }));
    expect(subjectStory(renamed)).toBeDefined();
  });
});
