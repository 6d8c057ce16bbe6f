/**
 * The printable handout: title, date, active filters and window, the network image, and a
 * chronological table of the visible events with dates, actors and source citations. It is an
 * ordinary DOM section that only the print stylesheet shows.
 */
import type { Capabilities } from "../app/capabilities.ts";
import type { Derived } from "../app/derive.ts";
import type { Store } from "../app/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { describeFilters, describeWindow } from "../model/describeView.ts";
import { actorsWithRoles } from "../model/exportCsv.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import type { PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { renderNetworkImage } from "./networkImage.ts";

export interface HandoutDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
  findStory: (id: string) => PlayableStory | undefined;
}

export function createHandout(host: HTMLElement, deps: HandoutDeps): { open: () => Promise<void>; remove: () => void } {
  const section = h("section", { class: "handout", id: "handout", "aria-hidden": "true" });
  host.append(section);
  return { open: () => open(), remove: () => section.remove() };

  async function open() {
    const { store, index } = deps;
    const s = store.get();
    const lang = s.lang;
    const d = deps.derive(s);
    const story = s.story ? deps.findStory(s.story) : undefined;
    const filters = describeFilters(index, s, lang);
    const today = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long" }).format(new Date());
    let image: HTMLImageElement | null = null;
    if (deps.capabilities.network) {
      const canvas = await renderNetworkImage(deps.capabilities.network, {
        lang,
        title: story ? story.title[lang] : t(lang, "handoutTitle"),
        window: describeWindow(s, lang),
        filters,
        actorTypes: [...new Set(index.dataset.actors.map((a) => a.type))],
      });
      image = h("img", { class: "handout-network", src: canvas.toDataURL("image/png"), alt: t(lang, "network") });
    }
    const sourceTitle = (id: string) => index.dataset.sources.find((x) => x.id === id)?.title[lang] ?? id;
    setChildren(
      section,
      h("h1", {}, story ? story.title[lang] : t(lang, "handoutTitle")),
      h("p", { class: "handout-meta" }, t(lang, "generated", { date: today })),
      story?.intro[lang] ? h("p", {}, story.intro[lang]) : null,
      story
        ? h(
            "ol",
            { class: "handout-steps" },
            ...story.steps.map((st, i) => h("li", { class: i === s.step ? "current" : "" }, st.caption[lang])),
          )
        : null,
      h(
        "dl",
        { class: "handout-facts" },
        h("dt", {}, t(lang, "timeWindow")),
        h("dd", {}, describeWindow(s, lang)),
        h("dt", {}, t(lang, "activeFilters")),
        h("dd", {}, filters.length ? filters.join(" · ") : t(lang, "noFilters")),
        h("dt", {}, t(lang, "legendEvents")),
        h("dd", {}, t(lang, "eventsCount", { shown: d.inWindow.length, total: index.dataset.events.length })),
      ),
      image,
      h(
        "table",
        { class: "handout-table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, t(lang, "date")),
            h("th", {}, t(lang, "event")),
            h("th", {}, t(lang, "actors")),
            h("th", {}, t(lang, "sources")),
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
              h("td", { class: "nowrap" }, formatEventDate(e.date, lang)),
              h(
                "td",
                {},
                h("strong", {}, e.title[lang]),
                e.place ? h("div", { class: "muted" }, e.place[lang]) : null,
                e.planned ? h("div", { class: "muted" }, t(lang, "planned1")) : null,
              ),
              h("td", {}, actorsWithRoles(index, e, lang)),
              h(
                "td",
                {},
                ...e.sources.map((c) =>
                  h(
                    "div",
                    { class: "handout-cite" },
                    h("q", { lang: c.lang === "zh" ? "zh-Hans" : "en" }, c.quote),
                    ` — ${sourceTitle(c.source)}`,
                  ),
                ),
              ),
            );
          }),
        ),
      ),
    );
    document.body.classList.add("handout-ready");
    window.print();
  }
}
