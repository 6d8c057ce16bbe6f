/**
 * One slide of the open deck in the stories dialog: its title, text and notes editable in place, its
 * picks (slidePicks.ts), moved by its handle (drag, or Alt+↑/↓) or the ↑/↓ buttons, removed by ×.
 */
import { picksOf } from "../model/focalSet.ts";
import { t } from "../model/i18n.ts";
import type { UserDeck } from "../model/userDeck.ts";
import { h } from "./dom.ts";
import { slidePicksList } from "./slidePicks.ts";
import type { StoryMenuContext } from "./storyMenuContext.ts";

type Slide = UserDeck["slides"][number];

export interface SlideEditing {
  move: (from: number, to: number) => void;
  edit: (i: number, patch: Partial<Slide>) => void;
  remove: (i: number) => void;
  /** The slide being dragged (-1: none); shared by the rows of one list */
  drag: { from: number };
}

/** The deck's slide list operations: each changes the open deck and draws the dialog again where needed. */
export function slideEditing(ctx: StoryMenuContext): SlideEditing {
  const { deps, body } = ctx;
  return {
    move: (i, to) => {
      const d = deps.deck();
      if (to < 0 || to >= d.slides.length || to === i) return;
      const slides = [...d.slides];
      const [s] = slides.splice(i, 1);
      slides.splice(to, 0, s);
      ctx.setDeck({ ...d, slides });
      ctx.render();
      // Keep the keyboard on the slide that moved.
      body.querySelector<HTMLElement>(`.slides li[data-slide="${to}"] .slide-handle`)?.focus();
    },
    edit: (i, patch) => {
      const d = deps.deck();
      ctx.setDeck({ ...d, slides: d.slides.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    },
    remove: (i) => {
      const d = deps.deck();
      ctx.setDeck({ ...d, slides: d.slides.filter((_, j) => j !== i) });
      ctx.render();
    },
    drag: { from: -1 },
  };
}

export function slideRow(ctx: StoryMenuContext, ops: SlideEditing, slide: Slide, i: number, n: number): HTMLElement {
  const { deps, lang } = ctx;
  const field = (cls: string, value: string, label: string, multiline: boolean, key: "title" | "text" | "notes") => {
    const el = (
      multiline
        ? h("textarea", {
            class: cls,
            rows: key === "notes" ? "3" : "2",
            "aria-label": label,
            placeholder: label,
            maxlength: key === "notes" ? "20000" : "2000",
          })
        : h("input", { type: "text", class: cls, value, "aria-label": label, placeholder: label, maxlength: "300" })
    ) as HTMLInputElement | HTMLTextAreaElement;
    el.value = value;
    el.addEventListener("change", () => {
      const v = el.value.trim();
      if (key === "title" && !v) return void (el.value = slide.title);
      ops.edit(i, { [key]: key === "title" ? v : v || undefined });
    });
    return el;
  };
  const handle = h(
    "button",
    {
      type: "button",
      class: "icon-btn slide-handle",
      "aria-label": t(lang, "moveSlideHint", { n: i + 1 }),
      title: t(lang, "moveSlideHint", { n: i + 1 }),
    },
    "⠿",
  );
  handle.addEventListener("keydown", (e) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    ops.move(i, i + (e.key === "ArrowUp" ? -1 : 1));
  });
  const iconButton = (cls: string, label: string, text: string, onclick: () => void, disabled = false) =>
    h("button", { type: "button", class: `icon-btn ${cls}`, disabled, "aria-label": label, onclick }, text);
  const li = h(
    "li",
    { "data-slide": String(i), draggable: "true" },
    handle,
    h(
      "div",
      { class: "slide-fields" },
      field("slide-edit-title", slide.title, t(lang, "slideTitle"), false, "title"),
      field("slide-edit-text", slide.text ?? "", t(lang, "slideText"), true, "text"),
      field("slide-edit-notes", slide.notes ?? "", t(lang, "speakerNotes"), true, "notes"),
      slidePicksList({
        lang,
        index: deps.index,
        slide: i,
        view: slide.view,
        current: () => picksOf(deps.store.get()),
        setView: (view) => ops.edit(i, { view }),
        toast: deps.toast,
      }),
    ),
    h(
      "div",
      { class: "slide-buttons" },
      iconButton("move-up", t(lang, "moveUp", { n: i + 1 }), "↑", () => ops.move(i, i - 1), i === 0),
      iconButton("move-down", t(lang, "moveDown", { n: i + 1 }), "↓", () => ops.move(i, i + 1), i === n - 1),
      iconButton("remove-slide", t(lang, "removeSlide", { n: i + 1 }), "×", () => ops.remove(i)),
    ),
  );
  li.addEventListener("dragstart", (e) => {
    ops.drag.from = i;
    e.dataTransfer?.setData("text/plain", String(i));
  });
  li.addEventListener("dragover", (e) => {
    if (ops.drag.from >= 0) e.preventDefault();
  });
  li.addEventListener("drop", (e) => {
    e.preventDefault();
    const from = ops.drag.from >= 0 ? ops.drag.from : Number(e.dataTransfer?.getData("text/plain"));
    ops.drag.from = -1;
    if (Number.isInteger(from)) ops.move(from, i);
  });
  return li;
}
