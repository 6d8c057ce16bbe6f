import { describe, expect, it } from "vitest";
import { t } from "../../src/model/i18n.ts";

describe("t", () => {
  it("fills placeholders and keeps unknown ones", () => {
    expect(t("en", "eventsCount", { shown: 3, total: 201 })).toBe("3 of 201 events");
    expect(t("zh", "eventsCount", { shown: 3 })).toBe("{total} 个事件中显示 3 个");
  });

  it("says one in the singular and any other count in the plural, in English", () => {
    expect(t("en", "sourcesCount", { n: 1 })).toBe("1 source");
    expect(t("en", "sourcesCount", { n: 2 })).toBe("2 sources");
    expect(t("en", "sourcesCount", { n: 0 })).toBe("0 sources");
    expect(t("en", "moreCitations", { n: 1, refs: "[3]" })).toBe("+1 more citation [3]");
    expect(t("en", "importProblems", { n: 1 })).toMatch(/^1 problem —/);
    // Chinese has one form.
    expect(t("zh", "sourcesCount", { n: 1 })).toBe("1条出处");
    expect(t("zh", "sourcesCount", { n: 5 })).toBe("5条出处");
  });
});
