/**
 * The connections between two actors in the details panel (pairAnalysis.ts): their relations over
 * time with their evidence, the events in which both take part with their citations, the shortest
 * chain between them, and the intermediaries, each opening its events with the two (and picking
 * them out on the timeline and the network).
 */
import type { Lang } from "../data/schema.ts";
import type { ChainLink } from "../model/chainSearch.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import { eventsOfIntermediary, pairAnalysisFor } from "../model/pairAnalysis.ts";
import { actorShortName } from "../model/relationText.ts";
import type { ViewState } from "../model/viewState.ts";
import type { ChainClient } from "./chainClient.ts";
import type { PanelKit } from "./panelKit.ts";
import { h, setChildren } from "./dom.ts";
import { citationList, relationWithEvidence } from "./evidence.ts";

export function renderConnections(body: HTMLElement, kit: PanelKit, s: ViewState, chains: ChainClient): void {
  const { store, index } = kit;
  const lang: Lang = s.lang;
  const [a, b] = s.pair!;
  const p = pairAnalysisFor(index, [a, b], { collapse: s.collapse });
  const nameA = actorShortName(index, a, lang);
  const nameB = actorShortName(index, b, lang);
  const evidence = { store, index };

  const sharedEvent = (id: string) => {
    const e = index.eventsById.get(id)!;
    return h(
      "li",
      { class: "shared-event" },
      h(
        "details",
        {},
        h(
          "summary",
          {},
          h("span", { class: "muted" }, formatEventDate(e.date, lang) + " "),
          h("span", { class: "shared-title" }, e.title[lang]),
        ),
        h(
          "button",
          { type: "button", class: "link", "data-event": id, onclick: () => store.set({ sel: { type: "event", id } }) },
          t(lang, "details"),
        ),
        citationList(evidence, e.sources, lang),
      ),
    );
  };

  const chainList = (links: ChainLink[] | null) => {
    if (!links) return h("p", { class: "muted" }, t(lang, "noChain"));
    return h(
      "ol",
      { class: "chain" },
      ...links.map((link) =>
        h(
          "li",
          {},
          kit.actorLink(link.actor, lang),
          link.via?.type === "event"
            ? h("span", { class: "muted" }, ` ${t(lang, "throughEvent")} `, kit.eventLink(link.via.id, lang))
            : link.via
              ? h(
                  "span",
                  { class: "muted" },
                  ` ${t(lang, "throughEvent")} `,
                  relationWithEvidence(
                    evidence,
                    index.dataset.relations.find((r) => r.id === link.via!.id)!,
                    lang,
                  ),
                )
              : null,
        ),
      ),
    );
  };

  // A shared event is the shortest chain; without one the search runs in a worker (seconds on a
  // big dataset), and its answer fills the section when it comes, if the view is still shown.
  const chain = () => {
    if (p.shared.length) return h("p", { class: "muted" }, t(lang, "directLink"));
    const known = chains.known(a, b);
    if (known !== undefined) return h("div", { class: "chain-slot" }, chainList(known));
    const slot = h(
      "div",
      { class: "chain-slot", "aria-busy": "true", "aria-live": "polite" },
      h("p", { class: "muted" }, t(lang, "chainSearching")),
    );
    void chains.find(a, b).then((links) => {
      if (!slot.isConnected) return;
      slot.removeAttribute("aria-busy");
      setChildren(slot, chainList(links));
    });
    return slot;
  };

  const intermediaries = p.intermediaries.slice(0, 30).map((i) => {
    const open = s.via === i.id;
    const name = index.actorsById.get(i.id)?.name[lang] ?? i.id;
    const sharedSet = new Set(p.shared);
    return h(
      "li",
      { class: `intermediary${open ? " open" : ""}`, "data-actor": i.id },
      h(
        "button",
        {
          type: "button",
          class: "link via-btn",
          "aria-expanded": String(open),
          "aria-label": t(lang, "showIntermediary", { name }),
          onclick: () => store.set({ via: open ? null : i.id }),
        },
        h("span", { class: "via-name" }, name),
        h(
          "span",
          { class: "muted" },
          " · " + t(lang, "withEach", { a: i.withA.length, b: i.withB.length, x: nameA, y: nameB }),
        ),
      ),
      open
        ? h(
            "ul",
            { class: "event-list via-events" },
            h("li", {}, kit.actorLink(i.id, lang)),
            ...eventsOfIntermediary(index, i).map((id) =>
              h(
                "li",
                { class: sharedSet.has(id) ? "is-shared" : "" },
                kit.eventLink(id, lang),
                h(
                  "span",
                  { class: "muted" },
                  ` · ${[i.withA.includes(id) ? nameA : null, i.withB.includes(id) ? nameB : null].filter(Boolean).join(lang === "zh" ? "、" : ", ")}`,
                ),
              ),
            ),
          )
        : null,
    );
  });

  setChildren(
    body,
    kit.header(lang, () => store.set({ pair: null, via: null }), t(lang, "connections")),
    h("h2", {}, t(lang, "pairTitle", { a: nameA, b: nameB })),
    h("p", { class: "muted pair-scope" }, t(lang, "pairScope")),
    h("h3", {}, t(lang, "pairRelations", { n: p.relations.length })),
    p.relations.length
      ? h(
          "ul",
          { class: "relation-list pair-relations" },
          ...p.relations.map((r) => h("li", {}, relationWithEvidence(evidence, r, lang, { open: true }))),
        )
      : h("p", { class: "muted" }, t(lang, "pairNoRelations")),
    h("h3", {}, t(lang, "sharedEvents", { n: p.shared.length })),
    p.shared.length
      ? h(
          "div",
          {},
          h(
            "button",
            {
              type: "button",
              class: "mini-btn filter-shared",
              onclick: () => store.set({ actors: [a, b], match: "all" }),
            },
            t(lang, "showSharedOnTimeline"),
          ),
          h("ul", { class: "event-list shared-events" }, ...p.shared.map(sharedEvent)),
        )
      : h("p", { class: "muted" }, t(lang, "noSharedEvents")),
    h("h3", {}, t(lang, "shortestChain")),
    chain(),
    h("h3", {}, t(lang, "intermediaries", { n: p.intermediaries.length })),
    p.intermediaries.length
      ? h(
          "div",
          {},
          h("p", { class: "muted hint" }, t(lang, "intermediariesHint")),
          h("ul", { class: "intermediaries" }, ...intermediaries),
        )
      : h("p", { class: "muted" }, t(lang, "noIntermediaries")),
  );
}
