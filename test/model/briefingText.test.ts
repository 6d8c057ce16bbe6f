import { describe, expect, it } from "vitest";
import { decodeDeck, encodeDeck, MAX_DECK_PARAM } from "../../src/model/deckLink.ts";
import { slideFileName } from "../../src/model/fileNames.ts";
import { firstSentence } from "../../src/model/firstSentence.ts";
import { clip } from "../../src/model/handoutText.ts";
import { formatElapsed } from "../../src/model/presenterMessages.ts";
import { emptyDeck } from "../../src/model/userDeck.ts";
import { wrapLabel } from "../../src/views/labelPlacement.ts";

describe("firstSentence", () => {
  it("ends at the first full stop followed by a new sentence, not inside an abbreviation", () => {
    expect(firstSentence("In 2016 the U.S. delegation met. Then it left.", "en")).toBe(
      "In 2016 the U.S. delegation met.",
    );
    expect(firstSentence("One sentence only", "en")).toBe("One sentence only");
    expect(firstSentence("2016年6月，中国提交申请。随后获批。", "zh")).toBe("2016年6月，中国提交申请。");
  });
});

describe("clip", () => {
  it("cuts at a word with an ellipsis, and leaves short text alone", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("the quick brown fox jumps", 18)).toBe("the quick brown…");
    expect(clip("国际移民组织在南京主办研讨会", 6)).toBe("国际移民组织…");
  });
});

describe("slideFileName", () => {
  it("names the file after the title, readable, without characters file systems refuse", () => {
    expect(slideFileName("EU–China: trafficking / 2016", "pptx")).toBe("EU–China-trafficking-2016.pptx");
    expect(slideFileName("中欧 反拐合作", "pdf")).toBe("中欧-反拐合作.pdf");
    expect(slideFileName("///", "pptx")).toBe("liaison.pptx");
  });
});

describe("deck links", () => {
  it("round-trips a deck through deflate-raw and base64url, and refuses damaged text", async () => {
    const deck = {
      ...emptyDeck("Briefing 简报"),
      slides: [
        {
          title: "Slide 1",
          text: "Two sentences.",
          notes: "Long notes",
          view: { sel: { type: "event" as const, id: "x" } },
        },
      ],
    };
    const param = (await encodeDeck(deck))!;
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse((await decodeDeck(param))!)).toEqual(deck);
    expect(await decodeDeck("not a deck!")).toBeNull();
    expect(await decodeDeck("AAAA")).toBeNull();
    expect(await decodeDeck("A".repeat(MAX_DECK_PARAM + 1))).toBeNull();
  });
});

describe("wrapLabel", () => {
  const measure = (s: string) => s.length * 10;
  it("breaks at spaces, or between characters where there are none (Chinese), within the width", () => {
    expect(wrapLabel("one two three four", 90, measure)).toEqual(["one two", "three", "four"]);
    expect(wrapLabel("中国代表团赴法国", 40, measure)).toEqual(["中国代表", "团赴法国"]);
    expect(wrapLabel("unbreakableword", 50, measure)).toEqual(["unbre", "akabl", "eword"]);
  });
});

describe("formatElapsed", () => {
  it("shows m:ss, and h:mm:ss past an hour", () => {
    expect(formatElapsed(65_000)).toBe("1:05");
    expect(formatElapsed(3_725_000)).toBe("1:02:05");
    expect(formatElapsed(-5)).toBe("0:00");
  });
});
