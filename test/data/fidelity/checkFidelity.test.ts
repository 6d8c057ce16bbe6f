import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/dataFiles.ts";
import { checkFidelity, FIDELITY_SEVERITY, type FidelityCheck } from "../../../src/data/fidelity/checkFidelity.ts";
import { formatProblem } from "../../../src/data/problem.ts";
import { MINI_TEXTS, miniDataset } from "../../fixtures/miniDataset.ts";

const ALL_ERRORS = Object.fromEntries(Object.keys(FIDELITY_SEVERITY).map((k) => [k, "error"])) as Record<
  FidelityCheck,
  "error"
>;

/** The mini dataset with IOM's acronym as an alias (its relation's quote says "IOM"). */
function mini(): Dataset {
  const d = miniDataset();
  d.actors[0].aliases = ["IOM"];
  return d;
}

/** The mini dataset, mutated, with the one known gap (MPS on china-observer) explained. */
function report(mutate: (d: Dataset, texts: Record<string, string>) => void = () => {}): string[] {
  const d = mini();
  d.events[1].actors[1].basis = { en: "The fixture's passage does not name the ministry.", zh: "示例段落未提及公安部。" };
  const texts = { ...MINI_TEXTS };
  mutate(d, texts);
  return checkFidelity(d, texts, ALL_ERRORS).problems.map(formatProblem);
}

describe("checkFidelity", () => {
  it("accepts the mini dataset once the unnamed ministry says why it is listed", () => {
    expect(report()).toEqual([]);
  });

  it("without that basis, reports the ministry the passage does not name", () => {
    const d = mini();
    expect(checkFidelity(d, MINI_TEXTS, ALL_ERRORS).problems.map(formatProblem)).toEqual([
      'events.json › china-observer › actors[1]: "mps" (participant) is not named near any of the event\'s quotes: cite a passage that names it, add the document\'s wording to its aliases, or say why in basis',
    ]);
  });

  it("routes each check to errors or warnings by its severity", () => {
    const d = mini();
    d.events[0].summary.zh = "中国成为成员国(2016 年)。";
    const r = checkFidelity(d, MINI_TEXTS, { ...ALL_ERRORS, "actors-named": "warning" });
    expect(r.warnings.map((p) => p.field)).toEqual(["actors[1]"]);
    expect(r.problems.map((p) => p.field)).toEqual(["summary.zh", "summary.zh"]);
  });

  describe("actors named near their quotes", () => {
    it("finds an actor by an alias, across a PDF line break and letter-spacing", () => {
      expect(
        report((d, texts) => {
          delete d.events[1].actors[1].basis;
          d.actors[2].aliases = ["Public Security Ministry"];
          texts["en.txt"] += " The Public\nSecurity Minis try took part.";
        }),
      ).toEqual([]);
    });

    it("does not count a name outside the quote's paragraph", () => {
      expect(
        report((d, texts) => {
          delete d.events[1].actors[1].basis;
          texts["en.txt"] += " " + "filler ".repeat(120) + "The Ministry of Public Security took part.";
        }),
      ).toEqual([
        'events.json › china-observer › actors[1]: "mps" (participant) is not named near any of the event\'s quotes: cite a passage that names it, add the document\'s wording to its aliases, or say why in basis',
      ]);
    });

    it("does not read an acronym inside a longer word, and matches acronyms in their own case", () => {
      const flagged = (text: string) =>
        report((d, texts) => {
          d.actors.push({ id: "eu", name: { en: "European Union", zh: "欧洲联盟" }, short: { en: "EU", zh: "欧盟" }, type: "regional-body" });
          d.events[0].actors.push({ id: "eu", role: "partner" });
          texts["en.txt"] = texts["en.txt"].replace("became a member of IOM.", `became a member of IOM. ${text}`);
        });
      expect(flagged("EUROPOL was there.")).toHaveLength(1);
      expect(flagged("The queue was long.")).toHaveLength(1);
      expect(flagged("The EU-China dialogue.")).toEqual([]);
    });

    it("holds a relation's two ends to the same rule", () => {
      expect(report((d) => (d.relations[0].from = "mps"))).toEqual([
        'relations.json › china-iom-observer › from: "mps" is not named near any of the relation\'s quotes: cite a passage that names it, or add the document\'s wording to its aliases',
      ]);
    });
  });

  describe("full-width punctuation in Chinese text", () => {
    it("reports half-width marks touching Chinese characters, wherever the zh text sits", () => {
      expect(
        report((d) => {
          d.events[0].title.zh = "中国加入国际移民组织(IOM)";
          d.events[0].notes = [{ en: "Both editions agree.", zh: "两个版本一致;日期相同。" }];
          d.actors[2].name.zh = "公安部:出入境管理局";
          d.stories[0].steps[0].caption.zh = "中国成为成员国!";
        }),
      ).toEqual([
        'actors.json › mps › name.zh: half-width ":" in Chinese text ("公安部:出入境管理局"): use "："',
        'events.json › china-joins-iom › title.zh: half-width "(" in Chinese text ("…国际移民组织(IOM)"): use "（"',
        'events.json › china-joins-iom › notes[0].zh: half-width ";" in Chinese text ("两个版本一致;日期相同。"): use "；"',
        'stories.json › observer-to-member › steps[0].caption.zh: half-width "!" in Chinese text ("…国成为成员国!"): use "！"',
      ]);
    });

    it("leaves numbers, Latin names and English text alone", () => {
      expect(
        report((d) => {
          d.events[0].summary.zh = "共 2.14 个 ITC-ILO 项目，见 A/63/265（第 3 段）与建议 5(d)：全文。";
          d.events[0].summary.en = "China (a State) joined: it was 2016!";
        }),
      ).toEqual([]);
    });
  });

  describe("quotation marks enclose the cited passages' own words", () => {
    it("accepts a verbatim quotation, across whitespace, around an ellipsis and with its first letter's case changed", () => {
      expect(
        report((d) => {
          d.events[0].summary.en = "China “upgraded its observer status … member of IOM”, 'On 30 June 2016' ('on 30 June 2016').";
          d.events[0].summary.zh = "中国“向国际移民组织提出申请”。";
        }),
      ).toEqual([]);
    });

    it("reports a paraphrase set in quotation marks, and a quotation from an uncited part of the document", () => {
      expect(
        report((d) => {
          d.events[0].summary.en = 'China "joined IOM as a full member".';
          d.events[0].summary.zh = "中国“要求从观察员国身份再迈出一步”。";
        }),
      ).toEqual([
        'events.json › china-joins-iom › summary.en: quoted "joined IOM as a full member" is not verbatim in any passage the item cites',
        'events.json › china-joins-iom › summary.zh: quoted "要求从观察员国身份再迈出一步" is in the document but not in a passage the item cites: cite that passage',
      ]);
    });

    it("reads 《》 titles as quotations, and lets English mirror a verified Chinese one when only Chinese is cited", () => {
      const withZhOnly = (en: string, zh: string) =>
        report((d) => {
          d.events[0].sources = [d.events[0].sources[1]];
          d.events[0].actors = [{ id: "china", role: "applicant" }];
          d.events[0].summary = { en, zh };
        });
      expect(withZhOnly("China “applied to IOM”.", "中国“向国际移民组织提出申请”。")).toEqual([]);
      expect(withZhOnly("China “applied to IOM”.", "中国向国际移民组织提出申请。")).toEqual([
        'events.json › china-joins-iom › summary.en: quoted "applied to IOM" is not verbatim in a cited passage, and the Chinese text quotes no passage for it to translate',
      ]);
      expect(withZhOnly("China applied.", "中国提交《入会申请书》。")).toEqual([
        'events.json › china-joins-iom › summary.zh: quoted "入会申请书" is not verbatim in any passage the item cites',
      ]);
    });

    it("checks relation notes and story captions against their own citations", () => {
      expect(
        report((d) => {
          d.relations[0].note = { en: "Observer “since 2001”.", zh: "观察员。" };
          d.stories[0].steps[0].caption.en = "China “became a member of IOM”.";
        }),
      ).toEqual([
        'relations.json › china-iom-observer › note.en: quoted "since 2001" is not verbatim in any passage the item cites',
      ]);
    });
  });

  describe("planned events keep the future tense", () => {
    it("reports a planned event told as done, in each language", () => {
      expect(
        report((d) => {
          d.events[0].planned = true;
          d.events[0].title = { en: "China joins IOM (planned)", zh: "中国拟加入国际移民组织" };
          d.events[0].summary = { en: "China became a member.", zh: "中国成为成员国。" };
        }),
      ).toEqual([
        "events.json › china-joins-iom › summary.en: planned event told without a future marker (will, is to, expected, planned…): review the tense",
        "events.json › china-joins-iom › summary.zh: planned event told without a future marker (将、拟、计划、预计…): review the tense",
      ]);
    });

    it("accepts will / was to / 将 / 预计, and ignores events that are not planned", () => {
      expect(
        report((d) => {
          d.events[0].planned = true;
          d.events[0].title = { en: "China to become an IOM member", zh: "中国将成为国际移民组织成员" };
          d.events[0].summary = { en: "China was to become a member.", zh: "中国预计成为成员国。" };
        }),
      ).toEqual([]);
    });

    it("accepts a progressive — work under way, not done (were preparing / being prepared / 正在编写)", () => {
      expect(
        report((d) => {
          d.events[0].planned = true;
          d.events[0].title = { en: "A joint report being prepared", zh: "正在编写的联合报告" };
          d.events[0].summary = { en: "Members were preparing a joint report.", zh: "另外，他们还在为会议编写一份联合报告。" };
        }),
      ).toEqual([]);
    });

    it("does not take a past-tense sentence with a gerund elsewhere for a progressive", () => {
      expect(
        report((d) => {
          d.events[0].planned = true;
          d.events[0].title = { en: "China joins IOM (planned)", zh: "中国拟加入国际移民组织" };
          d.events[0].summary = { en: "China became a member during the meeting, following a long process.", zh: "中国在会议期间成为成员国。" };
        }),
      ).toEqual([
        "events.json › china-joins-iom › summary.en: planned event told without a future marker (will, is to, expected, planned…): review the tense",
        "events.json › china-joins-iom › summary.zh: planned event told without a future marker (将、拟、计划、预计…): review the tense",
      ]);
    });
  });
});
