/**
 * Handles between the workspace's panels: drag an edge, or focus it and use ← →, to give the
 * timeline, the network or the details more width. The sizes are kept in this browser.
 * Only in the three-column layout (wide screens); narrower layouts stack the panels.
 */
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import { h } from "./dom.ts";

const KEY = "liaison.panels";
const STEP = 24;
const MIN = { timeline: 320, network: 240, details: 240 };
const MAX_DETAILS = 640;

export interface PanelSizes {
  /** The timeline's width as a multiple of the network's */
  timeline: number;
  /** The details panel's width, px */
  details: number;
}

export const DEFAULT_SIZES: PanelSizes = { timeline: 1.7, details: 320 };

/** Sizes read back from storage, or the defaults when absent or malformed. */
export function readSizes(raw: string | null): PanelSizes {
  try {
    const v = JSON.parse(raw ?? "null") as Partial<PanelSizes> | null;
    const ok = (x: unknown, lo: number, hi: number): x is number => typeof x === "number" && x >= lo && x <= hi;
    return {
      timeline: ok(v?.timeline, 0.2, 8) ? v.timeline : DEFAULT_SIZES.timeline,
      details: ok(v?.details, MIN.details, MAX_DETAILS) ? v.details : DEFAULT_SIZES.details,
    };
  } catch {
    return { ...DEFAULT_SIZES };
  }
}

/**
 * New sizes after moving the edge `which` to `x` px from the workspace's content box's left, in a
 * content box `width` px wide with `gap` px between panels; each panel keeps its minimum.
 */
export function resizeTo(
  sizes: PanelSizes,
  which: "timeline" | "details",
  x: number,
  width: number,
  gap: number,
): PanelSizes {
  const columns = width - 2 * gap;
  if (which === "details") {
    const details = Math.max(
      MIN.details,
      Math.min(MAX_DETAILS, width - x - gap / 2, columns - MIN.timeline - MIN.network),
    );
    return { ...sizes, details: Math.round(details) };
  }
  const shared = columns - sizes.details;
  const timeline = Math.max(MIN.timeline, Math.min(x - gap / 2, shared - MIN.network));
  return { ...sizes, timeline: Math.round((timeline / (shared - timeline)) * 100) / 100 };
}

export function mountPanelResizer(
  workspace: HTMLElement,
  lang: () => Lang,
): { relabel: () => void; destroy: () => void } {
  let sizes = readSizes(localStorage.getItem(KEY));
  const apply = () => {
    workspace.style.setProperty("--tl-fr", `${sizes.timeline}fr`);
    workspace.style.setProperty("--details-w", `${sizes.details}px`);
    // The handles say where they stand: the timeline's share of the two views, the details' width.
    const share = Math.round((100 * sizes.timeline) / (sizes.timeline + 1));
    handles[0]?.setAttribute("aria-valuenow", String(share));
    handles[1]?.setAttribute("aria-valuenow", String(sizes.details));
  };
  const save = () => {
    try {
      localStorage.setItem(KEY, JSON.stringify(sizes));
    } catch {
      // Storage may be full or off: the sizes then last for this visit only.
    }
  };
  const geometry = () => {
    const box = workspace.getBoundingClientRect();
    const style = getComputedStyle(workspace);
    const left = box.left + parseFloat(style.paddingLeft);
    const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { left, width, gap: parseFloat(style.columnGap) || 8 };
  };
  const handle = (which: "timeline" | "details") => {
    const el = h("div", {
      class: `panel-sep sep-${which}`,
      role: "separator",
      tabindex: "0",
      "aria-orientation": "vertical",
    });
    const moveTo = (clientX: number) => {
      const g = geometry();
      sizes = resizeTo(sizes, which, clientX - g.left, g.width, g.gap);
      apply();
    };
    el.addEventListener("pointerdown", (e) => {
      el.setPointerCapture(e.pointerId);
      el.classList.add("dragging");
      e.preventDefault();
    });
    el.addEventListener("pointermove", (e) => {
      if (el.hasPointerCapture(e.pointerId)) moveTo(e.clientX);
    });
    const end = (e: PointerEvent) => {
      if (!el.hasPointerCapture(e.pointerId)) return;
      el.releasePointerCapture(e.pointerId);
      el.classList.remove("dragging");
      save();
    };
    el.addEventListener("pointerup", end);
    el.addEventListener("pointercancel", end);
    el.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      moveTo(r.left + r.width / 2 + (e.key === "ArrowLeft" ? -STEP : STEP));
      save();
    });
    el.addEventListener("dblclick", () => {
      sizes = { ...sizes, [which]: DEFAULT_SIZES[which] };
      apply();
      save();
    });
    return el;
  };
  const handles: HTMLElement[] = [];
  handles.push(handle("timeline"), handle("details"));
  handles[0].setAttribute("aria-valuemin", "0");
  handles[0].setAttribute("aria-valuemax", "100");
  handles[1].setAttribute("aria-valuemin", String(MIN.details));
  handles[1].setAttribute("aria-valuemax", String(MAX_DETAILS));
  const relabel = () => {
    for (const el of handles) {
      el.setAttribute("aria-label", t(lang(), "resizePanel"));
      el.title = t(lang(), "resizePanel");
    }
  };
  workspace.append(...handles);
  apply();
  relabel();
  return {
    relabel,
    destroy: () => {
      for (const el of handles) el.remove();
      workspace.style.removeProperty("--tl-fr");
      workspace.style.removeProperty("--details-w");
    },
  };
}
