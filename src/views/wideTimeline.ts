/**
 * "Widen timeline": a reading mode in which the timeline takes the workspace's whole width — the
 * network is put away and the details panel shows only while something is selected — so that a
 * crowded year names more of its events. Its button sits in the timeline's tools; W toggles it
 * from anywhere but a text field; the choice is kept in this browser.
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
  destroy: () => void;
}

export function mountWideTimeline(workspace: HTMLElement, store: Store<ViewState>): WideTimeline {
  let wide = readWide();
  const button = h("button", { type: "button", class: "tool-btn tl-wide", onclick: () => toggle() });
  const lang = (): Lang => store.get().lang;
  const relabel = () => {
    button.textContent = t(lang(), wide ? "wideTimelineOff" : "wideTimelineOn");
    button.title = t(lang(), wide ? "wideTimelineOffHint" : "wideTimelineOnHint");
    button.setAttribute("aria-pressed", String(wide));
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
