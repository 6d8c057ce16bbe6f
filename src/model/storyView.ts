/**
 * Stories as view states: a step's view replaces the filters, window and selection (keeping the
 * language), so each step looks the same however the audience got there.
 */
import type { Citation, LocalizedText, StoryView } from "../data/schema.ts";
import { isoDay, startMs } from "../data/partialDate.ts";
import { picksOf, stepPicks } from "./focalSet.ts";
import { getDefaultViewState, type ViewState } from "./viewState.ts";

/** What presentation mode plays: curated stories and the user's own deck share this shape. */
export interface PlayableStory {
  id: string;
  title: LocalizedText;
  intro: LocalizedText;
  /** headline and text are on screen; caption is the speaker notes */
  steps: Array<{
    headline: LocalizedText;
    text: LocalizedText;
    caption: LocalizedText;
    sources: Citation[];
    view: StoryView;
  }>;
}

export function viewForStep(story: PlayableStory, step: number, current: ViewState): ViewState {
  if (story.steps.length === 0) return { ...current, story: null, step: 0 };
  const index = Math.max(0, Math.min(step, story.steps.length - 1));
  const v = story.steps[index].view;
  const d = getDefaultViewState();
  // The first pick is the selection (a step with only `also` still has one), the rest stay beside it.
  const [sel = null, ...also] = stepPicks(v);
  return {
    ...d,
    lang: current.lang,
    showStatus: current.showStatus,
    themes: v.themes ?? [],
    actors: v.actors ?? [],
    match: v.match ?? "any",
    kinds: v.kinds ?? [],
    q: v.q ?? "",
    hidePlanned: v.hidePlanned ?? false,
    from: v.from ?? null,
    to: v.to ?? null,
    sel,
    also,
    group: v.group ?? "none",
    hidePersons: v.hidePersons ?? false,
    collapse: v.collapse ?? false,
    camera: v.camera ?? null,
    story: story.id,
    step: index,
  };
}

/** The current view as a step view (for "add this view to my deck"). */
export function stepViewOf(s: ViewState, camera: StoryView["camera"]): StoryView {
  const v: StoryView = {};
  if (s.from) v.from = s.from;
  if (s.to) v.to = s.to;
  if (s.themes.length) v.themes = [...s.themes];
  if (s.actors.length) v.actors = [...s.actors];
  if (s.actors.length > 1 && s.match === "all") v.match = "all";
  if (s.kinds.length) v.kinds = [...s.kinds] as StoryView["kinds"];
  if (s.q) v.q = s.q;
  if (s.hidePlanned) v.hidePlanned = true;
  // A story step shows events or actors; a relation is opened from its band.
  const [sel, ...also] = picksOf(s);
  if (sel) v.sel = sel;
  if (also.length) v.also = also;
  if (s.group !== "none") v.group = s.group;
  if (s.hidePersons) v.hidePersons = true;
  if (s.collapse) v.collapse = true;
  if (camera) v.camera = camera;
  return v;
}

const DAY = 86_400_000;

/**
 * The step view with its window (if it sets one) widened to hold these event spans whole, with a
 * little room on either side: an event added to a slide is then on its timeline.
 */
export function windowHolding(view: StoryView, spans: Array<{ start: number; end: number }>): StoryView {
  if (!spans.length || (!view.from && !view.to)) return view;
  const from = view.from ? startMs(view.from) : -Infinity;
  const to = view.to ? startMs(view.to) + DAY : Infinity;
  const start = Math.min(...spans.map((x) => x.start));
  const end = Math.max(...spans.map((x) => x.end));
  if (start >= from && end <= to) return view;
  const a = Math.min(from, start);
  const b = Math.max(to, end);
  const margin = Number.isFinite(b - a) ? Math.max(DAY, (b - a) * 0.04) : 0;
  const out = { ...view };
  if (view.from && start < from) out.from = isoDay(start - margin);
  if (view.to && end > to) out.to = isoDay(end + margin - DAY);
  return out;
}
