/**
 * "Widen timeline": a reading mode in which the timeline takes the workspace's whole width — the
 * network is put away and the details panel shows only while something is selected — so that a
 * crowded year names more of its events. Its button sits in the timeline's tools; W toggles it
 * from anywhere but a text field; the choice is kept in this browser. While events in view are in
 * blocks for lack of room, the button says how many, so that a reader knows there is more to name.
 */
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import type { ViewState } from "../model/viewState.ts";
import type { Store } from "../state/store.ts";
import { h } from "./dom.ts";

const KEY = "liaison.wideTimeline";

export interface WideTimeline {
  /** The toggle, for the timeline's tools */
  button: HTMLButtonElement;
  relabel: () => void;
  /** How many events in view are in blocks for lack of room (the timeline's count after each draw) */
  setUnnamed: (count: number) => void;
  destroy: () => void;
}

export function mountWideTimeline(workspace: HTMLElement, store: Store<ViewState>): WideTimeline {
  let wide = readWide();
  const button = h("button", { type: "button", class: "tool-btn tl-wide", onclick: () => toggle() });
  const lang = (): Lang => store.get().lang;
  let unnamed = 0;
  const relabel = () => {
    const count = wide ? 0 : unnamed;
    const name = t(lang(), wide ? "wideTimelineOff" : "wideTimelineOn");
    button.replaceChildren(name);
    if (count)
      button.append(
        " ",
        h(
          "span",
          { class: "tl-wide-count" },
          count === 1 ? t(lang(), "wideTimelineUnnamedOne") : t(lang(), "wideTimelineUnnamed", { n: count }),
        ),
      );
    button.title = count
      ? t(lang(), "wideTimelineUnnamedHint", { n: count })
      : t(lang(), wide ? "wideTimelineOffHint" : "wideTimelineOnHint");
    button.setAttribute("aria-pressed", String(wide));
    button.classList.toggle("has-unnamed", count > 0);
  };
  const setUnnamed = (count: number) => {
    if (count === unnamed) return;
    unnamed = count;
    relabel();
  };
  // The details panel comes back for a selection or a pair: what the reader asked to see.
  const showSelection = (s: ViewState) => workspace.classList.toggle("has-selection", !!s.sel || !!s.pair);
  const apply = () => {
    workspace.classList.toggle("timeline-wide", wide);
    relabel();
  };
  const toggle = () => {
    wide = !wide;
    apply();
    try {
      localStorage.setItem(KEY, wide ? "1" : "0");
    } catch {
      // Storage may be full or off: the choice then lasts for this visit only.
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if ((e.key !== "w" && e.key !== "W") || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (typingIn(e.target) || document.body.classList.contains("presenting")) return;
    e.preventDefault();
    toggle();
  };
  document.addEventListener("keydown", onKey);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) relabel();
    showSelection(s);
  });
  showSelection(store.get());
  apply();
  return {
    button,
    relabel,
    setUnnamed,
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      unsubscribe();
      workspace.classList.remove("timeline-wide", "has-selection");
    },
  };
}

function readWide(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/** A key typed into a field is text, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
