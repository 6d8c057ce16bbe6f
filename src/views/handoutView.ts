/**
 * The printable handout: the title the briefer sets, the date, the filters and window in words,
 * the network image (labels that print at 8 pt or more) and the timeline image, then a chronology
 * table — date, event with a one-line summary, actors, numbered citations — and the numbered list
 * of sources. An ordinary DOM section that only the print stylesheet shows; page numbers come from
 * the stylesheet's @page rule, and rows never split across pages.
 */
import type { Capabilities } from "../state/capabilities.ts";
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { describeFilters, describeWindow } from "../model/describeView.ts";
import { slideFileName } from "../model/fileNames.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { clip, leadingActors, summaryLine } from "../model/handoutText.ts";
import { t } from "../model/i18n.ts";
import type { PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { timelineImageOptions } from "./imageOptions.ts";
import { renderNetworkImage } from "./networkImage.ts";
import { buildTimelineSvg, svgToCanvas } from "./timelineSvg.ts";

export interface HandoutDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
  findStory: (id: string) => PlayableStory | undefined;
  themeColor: (id: string) => string;
}

/**
 * The images' pixel widths and label sizes for a page about 180 mm wide: the network's labels
 * (26 px of 1600) print at about 8.3 pt, the timeline's (18 px of 1100) at about 8.3 pt too.
 */
const NETWORK = { width: 1600, height: 560, labelSize: 26 };
const TIMELINE = { width: 1100, fontSize: 18 };
const MAX_QUOTES = 2;

export function createHandout(host: HTMLElement, deps: HandoutDeps): { open: () => Promise<void>; remove: () => void } {
  const section = h("section", { class: "handout", id: "handout", "aria-hidden": "true" });
  const titleInput = h("input", { type: "text", class: "handout-title-input", maxlength: "200" }) as HTMLInputElement;
  const heading = h("h2", { id: "handout-setup-title" });
  const label = h("label", { class: "handout-label" });
  const printBtn = h("button", { type: "submit", class: "present-btn handout-print" });
  const cancelBtn = h("button", { type: "button", class: "handout-cancel", onclick: () => setup.close() });
  const form = h(
    "form",
    { method: "dialog", class: "handout-form" },
    label,
    titleInput,
    h("div", { class: "deck-actions" }, printBtn, cancelBtn),
  );
  const setup = h("dialog", { class: "handout-setup", "aria-labelledby": "handout-setup-title" }, heading, form);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    setup.close();
    void build(titleInput.value.trim());
  });
  host.append(section, setup);
  return {
    open: () => open(),
    remove: () => {
      section.remove();
      setup.remove();
    },
  };

  /** Asks for the title first (the story's, or a plain default, to start from). */
  async function open() {
    const s = deps.store.get();
    const lang = s.lang;
    const story = s.story ? deps.findStory(s.story) : undefined;
    heading.textContent = t(lang, "handout");
    label.textContent = t(lang, "handoutTitleLabel");
    label.setAttribute("for", "handout-title-input");
    titleInput.id = "handout-title-input";
    titleInput.value = story ? story.title[lang] : t(lang, "handoutTitle");
    printBtn.textContent = t(lang, "print");
    cancelBtn.textContent = t(lang, "cancel");
    if (!setup.open) setup.showModal();
    titleInput.select();
  }

  async function build(title: string) {
    const { store, index } = deps;
    const s = store.get();
    const lang = s.lang;
    const d = deps.derive(s);
    const filters = describeFilters(index, s, lang);
    const heading = title || t(lang, "handoutTitle");
    const today = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long" }).format(new Date());
    let network: HTMLImageElement | null = null;
    if (deps.capabilities.network) {
      const canvas = await renderNetworkImage(deps.capabilities.network, {
        lang,
        title: heading,
        window: describeWindow(s, lang),
        filters,
        actorTypes: [...new Set(index.dataset.actors.map((a) => a.type))],
        bare: true,
        ...NETWORK,
      });
      network = h("img", { class: "handout-network", src: canvas.toDataURL("image/png"), alt: t(lang, "network") });
    }
    const svg = buildTimelineSvg(index, d.inWindow, d.window, {
      ...timelineImageOptions(index, s, deps.themeColor, "", ""),
      ...TIMELINE,
      height: null,
      bare: true,
    });
    const timeline = h("img", {
      class: "handout-timeline",
      src: (await svgToCanvas(svg)).toDataURL("image/png"),
      alt: t(lang, "timeline"),
    });
    // Sources numbered in order of first citation.
    const sourceNo = new Map<string, number>();
    for (const id of d.inWindow)
      for (const c of index.eventsById.get(id)!.sources)
        if (!sourceNo.has(c.source)) sourceNo.set(c.source, sourceNo.size + 1);
    const source = (id: string) => index.dataset.sources.find((x) => x.id === id);
    const facts: Array<[string, string]> = [
      [t(lang, "timeWindow"), describeWindow(s, lang)],
      [t(lang, "activeFilters"), filters.length ? filters.join(lang === "zh" ? "；" : "; ") : t(lang, "noFilters")],
      [
        t(lang, "legendEvents"),
        t(lang, "eventsCount", { shown: d.inWindow.length, total: index.dataset.events.length }),
      ],
    ];
    setChildren(
      section,
      h("h1", {}, heading),
      h("p", { class: "handout-meta" }, t(lang, "generated", { date: today })),
      h("dl", { class: "handout-facts" }, ...facts.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
      h("div", { class: "handout-images" }, network, timeline),
      h(
        "table",
        { class: "handout-table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { class: "c-date" }, t(lang, "date")),
            h("th", { class: "c-event" }, t(lang, "event")),
            h("th", { class: "c-actors" }, t(lang, "actors")),
            h("th", { class: "c-cites" }, t(lang, "sources")),
          ),
        ),
        h(
          "tbody",
          {},
          ...d.inWindow.map((id) => {
            const e = index.eventsById.get(id)!;
            return h(
              "tr",
              {},
              h("td", { class: "c-date" }, formatEventDate(e.date, lang)),
              h(
                "td",
                { class: "c-event" },
                h("strong", {}, e.title[lang]),
                e.planned ? ` (${t(lang, "planned1")})` : null,
                h("div", { class: "handout-summary" }, summaryLine(e.summary[lang], lang)),
              ),
              h("td", { class: "c-actors" }, leadingActors(index, e, lang)),
              h(
                "td",
                { class: "c-cites" },
                // The first two quotes, cut; the other citations by their sources' numbers.
                ...e.sources
                  .slice(0, MAX_QUOTES)
                  .map((c) =>
                    h(
                      "div",
                      { class: "handout-cite" },
                      h("span", { class: "cite-no" }, `[${sourceNo.get(c.source)}] `),
                      h("q", { lang: c.lang === "zh" ? "zh-Hans" : "en" }, clip(c.quote, c.lang === "zh" ? 40 : 90)),
                    ),
                  ),
                e.sources.length > MAX_QUOTES
                  ? h(
                      "div",
                      { class: "handout-cite muted" },
                      t(lang, "moreCitations", {
                        n: e.sources.length - MAX_QUOTES,
                        refs: [...new Set(e.sources.slice(MAX_QUOTES).map((c) => `[${sourceNo.get(c.source)}]`))].join(
                          "",
                        ),
                      }),
                    )
                  : null,
              ),
            );
          }),
        ),
      ),
      h(
        "section",
        { class: "handout-sources" },
        h("h2", {}, t(lang, "sources")),
        h(
          "ol",
          {},
          ...[...sourceNo.keys()].map((id) => {
            const src = source(id);
            const extra = [src?.symbol, src?.date].filter(Boolean).join(lang === "zh" ? "，" : ", ");
            return h(
              "li",
              {},
              src ? src.title[lang] : id,
              extra ? (lang === "zh" ? `（${extra}）` : ` (${extra})`) : "",
            );
          }),
        ),
      ),
    );
    await Promise.all([...section.querySelectorAll("img")].map((img) => img.decode().catch(() => undefined)));
    const appTitle = document.title;
    document.title = slideFileName(heading, "pdf").replace(/\.pdf$/, "");
    document.body.classList.add("handout-ready");
    window.print();
    document.title = appTitle;
  }
}
