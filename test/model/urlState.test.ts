import { describe, expect, it } from "vitest";
import { parseViewState, serializeViewState } from "../../src/model/urlState.ts";
import { KNOWN_IDS } from "../fixtures/knownIds.ts";
import { getDefaultViewState, type ViewState } from "../../src/model/viewState.ts";

const known = KNOWN_IDS;

describe("serializeViewState / parseViewState", () => {
  it("the default state is the empty query", () => {
    expect(serializeViewState(getDefaultViewState())).toBe("");
  });
  it("round-trips a full state", () => {
    const s: ViewState = {
      ...getDefaultViewState(),
      lang: "zh",
      themes: ["trafficking", "labour-mobility"],
      actors: ["iom", "state-china"],
      match: "all",
      kinds: ["meeting"],
      q: "Nanjing 南京 & co",
      hidePlanned: true,
      from: "2016-01-01",
      to: "2016-12-31",
      sel: { type: "event", id: "china-joins-iom-2016" },
      also: [
        { type: "actor", id: "iom" },
        { type: "actor", id: "state-china" },
      ],
      pair: ["state-china", "iom"],
      via: "eu-delegation-china",
      group: "theme",
      hidePersons: true,
      collapse: true,
      showStatus: false,
    };
    const query = serializeViewState(s);
    expect(query).toBe(
      "lang=zh&themes=trafficking,labour-mobility&actors=iom,state-china&match=all&kinds=meeting&q=Nanjing%20%E5%8D%97%E4%BA%AC%20%26%20co&planned=0&from=2016-01-01&to=2016-12-31&sel=event:china-joins-iom-2016&also=actor:iom,actor:state-china&pair=state-china,iom&via=eu-delegation-china&group=theme&persons=0&collapse=1&status=0",
    );
    expect(parseViewState(query, known)).toEqual({ state: s, ignored: [] });
  });
  it.each([
    [
      "unknown ids are dropped one by one",
      "themes=trafficking,nope&actors=ghost",
      { themes: ["trafficking"] },
      ["themes=nope", "actors=ghost"],
    ],
    ["unknown keys", "foo=bar", {}, ["foo=bar"]],
    ["bad language", "lang=fr", {}, ["lang=fr"]],
    ["impossible date", "from=2016-02-30", {}, ["from=2016-02-30"]],
    ["malformed date", "to=2016", {}, ["to=2016"]],
    ["reversed window", "from=2016-12-31&to=2016-01-01", {}, ["from=2016-12-31, to=2016-01-01 (reversed)"]],
    ["selection of unknown id", "sel=event:nope", {}, ["sel=event:nope"]],
    ["selection of unknown type", "sel=story:1", {}, ["sel=story:1"]],
    ["repeated key keeps the first", "lang=zh&lang=en", { lang: "zh" }, ["lang=en (repeated)"]],
    ["bad flag", "planned=maybe", {}, ["planned=maybe"]],
    ["bad grouping", "group=colour", {}, ["group=colour"]],
    ["match any is the default", "match=any", {}, []],
    ["bad match", "match=both", {}, ["match=both"]],
    ["a pair of one actor twice", "pair=iom,iom", {}, ["pair=iom,iom"]],
    ["a pair of three", "pair=iom,state-china,eu-delegation-china", {}, ["pair=iom,state-china,eu-delegation-china"]],
    ["a pair with an unknown actor", "pair=iom,ghost", {}, ["pair=iom,ghost"]],
    ["an intermediary without a pair", "via=iom", {}, ["via=iom (no pair)"]],
    [
      "an intermediary that is one of the pair",
      "pair=iom,state-china&via=iom",
      { pair: ["iom", "state-china"] },
      ["via=iom (one of the pair)"],
    ],
    [
      "duplicates in a list collapse",
      "themes=trafficking,trafficking",
      { themes: ["trafficking"] },
      ["themes=trafficking"],
    ],
  ])("%s", (_name, query, patch, ignored) => {
    expect(parseViewState(query, known)).toEqual({ state: { ...getDefaultViewState(), ...patch }, ignored });
  });
  it("restores a story step from its 1-based URL form", () => {
    const s: ViewState = { ...getDefaultViewState(), story: "observer-to-member", step: 2 };
    expect(serializeViewState(s)).toBe("story=observer-to-member&step=3");
    expect(parseViewState("story=observer-to-member&step=3", known)).toEqual({ state: s, ignored: [] });
  });
  it.each([
    ["story=nope&step=2", ["story=nope", "step=2 (no story)"]],
    ["story=observer-to-member&step=9", ["step=9 (the story has 3)"]],
    ["story=observer-to-member&step=0", ["step=0"]],
  ])("ignores a bad story link %s", (query, ignored) => {
    expect(parseViewState(query, known).ignored).toEqual(ignored);
  });
  it("caps a huge search value and says so", () => {
    const { state, ignored } = parseViewState(`q=${"x".repeat(5000)}`, known);
    expect(state.q).toHaveLength(200);
    expect(ignored).toEqual(["q (cut to 200 characters)"]);
  });
  it("never throws on garbage", () => {
    for (const q of ["%", "%E0%A4%A", "&&&", "=", "sel=", "themes=,,,", "from=9999-99-99"]) {
      expect(() => parseViewState(q, known)).not.toThrow();
    }
  });
  it("ignores a story that has no steps here (the user's deck on a browser without one)", () => {
    const empty = { ...known, stories: new Map([...known.stories!, ["my-deck", 0]]) };
    expect(parseViewState("story=my-deck&step=3", empty)).toEqual({
      state: getDefaultViewState(),
      ignored: ["story=my-deck (it has no steps in this browser)"],
    });
  });
  it("reads the picks beside the selection, dropping unknown, malformed and repeated ones", () => {
    const { state, ignored } = parseViewState(
      "?sel=event:china-joins-iom-2016&also=actor:iom,event:nope,relation:x,actor:iom,event:china-joins-iom-2016",
      known,
    );
    expect(state.also).toEqual([
      { type: "actor", id: "iom" },
      { type: "event", id: "china-joins-iom-2016" },
    ]);
    expect(ignored).toEqual(["also=event:nope", "also=relation:x", "also=actor:iom"]);
    expect(serializeViewState(state)).toBe("sel=event:china-joins-iom-2016&also=actor:iom,event:china-joins-iom-2016");
  });
});
