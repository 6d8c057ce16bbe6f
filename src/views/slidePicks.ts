/**
 * A slide's picks in the deck editor: the events and actors it shows as focal, each with a remove
 * button, and a button that adds what is selected now. Plain buttons, so the keyboard reaches all.
 */
import type { Lang, StoryView } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { addPick, isPicked, nameOfPick, removePick, stepPicks } from "../model/focalSet.ts";
import { t } from "../model/i18n.ts";
import { windowHolding } from "../model/storyView.ts";
import type { FocalPick } from "../model/viewState.ts";
import { h } from "./dom.ts";

export interface SlidePicksDeps {
  lang: Lang;
  index: DatasetIndex;
  /** The slide's number (0-based) */
  slide: number;
  view: StoryView;
  /** What is selected now (the selection, and any picks beside it) */
  current: () => FocalPick[];
  setView: (view: StoryView) => void;
  toast: (message: string) => void;
}

export function slidePicksList(deps: SlidePicksDeps): HTMLElement {
  const { lang, index, slide } = deps;
  const n = slide + 1;
  const box = h("div", { class: "slide-picks", role: "group", "aria-label": t(lang, "slidePicks", { n }) });
  const draw = (view: StoryView, focus: number | "add" | null) => {
    const picks = stepPicks(view);
    const add = h(
      "button",
      {
        type: "button",
        class: "link add-pick",
        title: t(lang, "addSelectionToSlideHint", { n }),
        "aria-label": t(lang, "addSelectionToSlideHint", { n }),
      },
      `+ ${t(lang, "addSelectionToSlide")}`,
    );
    add.addEventListener("click", () => {
      const current = deps.current();
      if (!current.length) return deps.toast(t(lang, "nothingSelected"));
      const fresh = current.filter((p) => !isPicked({ sel: null, also: picks }, p));
      if (!fresh.length) return deps.toast(t(lang, "alreadyOnSlide", { n }));
      let next = fresh.reduce(addPick, view);
      // An event outside the slide's window would not be on its timeline: the window grows to hold it.
      next = windowHolding(
        next,
        fresh.flatMap((p) => (p.type === "event" && index.spans.has(p.id) ? [index.spans.get(p.id)!] : [])),
      );
      deps.setView(next);
      deps.toast(t(lang, "pickAdded", { name: fresh.map((p) => nameOfPick(index, p, lang)).join(", "), n }));
      draw(next, "add");
    });
    const items = picks.map((p, i) => {
      const name = nameOfPick(index, p, lang);
      const remove = h(
        "button",
        {
          type: "button",
          class: "icon-btn remove-pick",
          "aria-label": t(lang, "removePick", { name, n }),
          title: t(lang, "removePick", { name, n }),
        },
        "×",
      );
      remove.addEventListener("click", () => {
        const next = removePick(view, i);
        deps.setView(next);
        // The keyboard stays in the list: on the pick that took this one's place, or on "add".
        draw(next, i < picks.length - 1 ? i : i > 0 ? i - 1 : "add");
      });
      // Not li: the editor's slides are the dialog's list items.
      return h(
        "span",
        { class: "pick", role: "listitem", "data-pick": `${p.type}:${p.id}` },
        h("span", { class: "pick-kind" }, t(lang, p.type === "event" ? "pickEvent" : "pickActor")),
        h("span", { class: "pick-name" }, name),
        remove,
      );
    });
    box.replaceChildren(
      h("span", { class: "picks-label", "aria-hidden": "true" }, t(lang, "slidePicksLabel")),
      items.length
        ? h("div", { class: "pick-list", role: "list" }, ...items)
        : h("p", { class: "pick-none" }, t(lang, "slideNoPicks")),
      add,
    );
    if (focus === "add") add.focus();
    else if (focus !== null) box.querySelectorAll<HTMLElement>(".remove-pick")[focus]?.focus();
  };
  draw(deps.view, null);
  return box;
}
