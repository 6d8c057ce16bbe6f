/**
 * Presentation mode: the step's headline and one or two sentences in a column beside the views
 * (never over them), in type sized to the screen; the longer caption and the citations are the
 * presenter's notes, shown in the presenter view (presenterView.ts, a second window kept in step
 * over a BroadcastChannel). Keys: the ones clickers send (→ ← space PageDown PageUp) step, Home and
 * End go to the ends, B and . blank the screen, + − 0 scale the type, Esc closes an open menu or
 * reader first, then unblanks, then leaves.
 */
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { nameOfPick, stepPicks } from "../model/focalSet.ts";
import { t } from "../model/i18n.ts";
import { PRESENTER_CHANNEL, type PresenterCommand, type PresenterState } from "../model/presenterMessages.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, PRESENTATION_SCALE_EVENT, setChildren } from "./dom.ts";

export interface PresentationDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  /** Curated stories plus the user's deck, looked up at call time (the deck can change). */
  findStory: (id: string) => PlayableStory | undefined;
}

const ZOOM_KEY = "liaison.presentationZoom";
const ZOOM_MIN = 0.6;
const ZOOM_MAX = 1.8;

function readZoom(): number {
  try {
    const z = Number(localStorage.getItem(ZOOM_KEY));
    return z >= ZOOM_MIN && z <= ZOOM_MAX ? z : 1;
  } catch {
    return 1;
  }
}

/** Closes an open drop-down menu; true if there was one. */
function closeOpenMenu(): boolean {
  const menu = document.querySelector<HTMLElement>("[role=menu]:not([hidden])");
  if (!menu) return false;
  menu.hidden = true;
  menu.parentElement?.querySelector("[aria-expanded=true]")?.setAttribute("aria-expanded", "false");
  return true;
}

export function mountPresentation(host: HTMLElement, deps: PresentationDeps): () => void {
  const { store, index } = deps;
  const panel = h("section", { class: "presentation", "aria-live": "polite", hidden: true });
  const blank = h("div", { class: "pres-blank", hidden: true, "aria-hidden": "true" });
  host.append(panel, blank);
  let shownKey = "";
  let zoom = readZoom();
  let startedAt = 0;
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(PRESENTER_CHANNEL) : null;

  const current = () => {
    const s = store.get();
    const story = s.story ? deps.findStory(s.story) : undefined;
    return story && story.steps.length ? { s, story } : null;
  };
  const goTo = (step: number) => {
    const c = current();
    if (!c) return;
    const next = Math.max(0, Math.min(c.story.steps.length - 1, step));
    if (next !== c.s.step) store.set(viewForStep(c.story, next, c.s));
  };
  const go = (delta: number) => {
    const c = current();
    if (c) goTo(c.s.step + delta);
  };
  const exit = () => {
    setBlank(false);
    store.set({ story: null, step: 0, camera: null });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };
  let blanked = false;
  const setBlank = (on: boolean) => {
    blanked = on;
    blank.hidden = !on;
    document.body.classList.toggle("pres-blanked", on);
  };
  const setZoom = (z: number) => {
    zoom = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, Math.round(z * 100) / 100));
    try {
      localStorage.setItem(ZOOM_KEY, String(zoom));
    } catch {
      // the scale then lasts for this page only
    }
    fit();
  };
  const openPresenter = () => {
    window.open(`${location.pathname}#presenter`, "liaison-presenter", "popup,width=1100,height=760");
  };

  const onKey = (e: KeyboardEvent) => {
    if (!current() || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    // An open dialog (the document reader, the stories) handles its own keys, Esc closing it.
    if (document.querySelector("dialog[open]")) return;
    const k = e.key;
    if (k === "Escape") {
      if (closeOpenMenu()) e.preventDefault();
      else if (blanked) setBlank(false);
      else exit();
    } else if (k === "b" || k === "B" || k === ".") setBlank(!blanked);
    else if (k === "ArrowRight" || k === "PageDown" || k === " " || k === "ArrowDown") go(1);
    else if (k === "ArrowLeft" || k === "PageUp" || k === "ArrowUp") go(-1);
    else if (k === "Home") goTo(0);
    else if (k === "End") goTo(Number.MAX_SAFE_INTEGER);
    else if (k === "+" || k === "=") setZoom(zoom + 0.1);
    else if (k === "-" || k === "_") setZoom(zoom - 0.1);
    else if (k === "0") setZoom(1);
    else return;
    e.preventDefault();
  };
  window.addEventListener("keydown", onKey);

  /**
   * The column's type is the screen's size times the user's scale; if a step's text still does not
   * fit the column, it is set smaller until it does (nothing is ever cut off).
   */
  function fit() {
    // On the body: the views' type follows the scale too, and they lay out again for it.
    if (document.body.style.getPropertyValue("--pres-zoom") !== String(zoom)) {
      document.body.style.setProperty("--pres-zoom", String(zoom));
      window.dispatchEvent(new CustomEvent(PRESENTATION_SCALE_EVENT, { detail: zoom }));
    }
    let shrink = 1;
    panel.style.setProperty("--pres-fit", "1");
    while (shrink > 0.5 && panel.scrollHeight > panel.clientHeight + 1) {
      shrink -= 0.05;
      panel.style.setProperty("--pres-fit", shrink.toFixed(2));
    }
  }
  const onResize = () => {
    if (!panel.hidden) fit();
  };
  window.addEventListener("resize", onResize);

  function presenterState(): PresenterState | null {
    const c = current();
    if (!c) return null;
    const { s, story } = c;
    const lang = s.lang;
    const step = story.steps[s.step];
    const next = story.steps[s.step + 1];
    const sourceTitle = (id: string) => index.dataset.sources.find((x) => x.id === id)?.title[lang] ?? id;
    return {
      type: "state",
      lang,
      title: story.title[lang],
      step: s.step,
      total: story.steps.length,
      headline: step.headline[lang],
      text: step.text[lang],
      notes: step.caption[lang],
      citations: step.sources.map((c) => ({ quote: c.quote, lang: c.lang, source: sourceTitle(c.source) })),
      picks: stepPicks(step.view).map((p) => ({ type: p.type, name: nameOfPick(index, p, lang) })),
      next: next ? { headline: next.headline[lang], text: next.text[lang] } : null,
      startedAt,
    };
  }
  const broadcast = () => {
    const state = presenterState();
    channel?.postMessage(state ?? { type: "ended" });
  };
  if (channel)
    channel.onmessage = (e: MessageEvent<PresenterCommand>) => {
      const m = e.data;
      if (m?.type === "hello") broadcast();
      else if (m?.type === "go") go(m.delta);
      else if (m?.type === "goto") goTo(m.step);
      else if (m?.type === "blank") setBlank(!blanked);
    };

  function sync(s: ViewState) {
    const found = s.story ? deps.findStory(s.story) : undefined;
    // A story without that step (an emptied deck) is not presented, rather than drawn from nothing.
    const story = found?.steps[s.step] ? found : undefined;
    const on = !!story;
    const was = document.body.classList.contains("presenting");
    document.body.classList.toggle("presenting", on);
    panel.hidden = !on;
    if (!on || !story) {
      if (shownKey) channel?.postMessage({ type: "ended" });
      shownKey = "";
      startedAt = 0;
      setBlank(false);
      return;
    }
    if (!was) {
      startedAt = Date.now();
      // No focus ring on the projected screen: focus leaves whatever button started the show.
      (document.activeElement as HTMLElement | null)?.blur?.();
    }
    const key = `${story.id}|${s.step}|${s.lang}|${story.steps.length}`;
    if (key === shownKey) return;
    shownKey = key;
    const step = story.steps[s.step];
    const lang = s.lang;
    const n = story.steps.length;
    const sourceIds = [...new Set(step.sources.map((c) => c.source))];
    setChildren(
      panel,
      h(
        "div",
        { class: "pres-head" },
        h("span", { class: "pres-title" }, story.title[lang]),
        h("span", { class: "pres-count" }, `${s.step + 1} / ${n}`),
      ),
      h(
        "div",
        {
          class: "pres-progress",
          role: "progressbar",
          "aria-valuemin": "1",
          "aria-valuemax": String(n),
          "aria-valuenow": String(s.step + 1),
          "aria-label": t(lang, "stepOf", { n: s.step + 1, total: n }),
        },
        h("span", { style: `width:${((s.step + 1) / n) * 100}%` }),
      ),
      h("h2", { class: "pres-headline" }, step.headline[lang]),
      step.text[lang] ? h("p", { class: "pres-text" }, step.text[lang]) : null,
      sourceIds.length
        ? h(
            "p",
            { class: "pres-sources" },
            `${t(lang, "sourcesLabel")} `,
            sourceIds.map((id) => index.dataset.sources.find((x) => x.id === id)?.title[lang] ?? id).join("; "),
          )
        : null,
      h(
        "div",
        { class: "pres-controls" },
        h(
          "button",
          {
            type: "button",
            class: "pres-btn",
            onclick: () => go(-1),
            disabled: s.step === 0,
            "aria-label": t(lang, "previousStep"),
          },
          "←",
        ),
        h(
          "button",
          {
            type: "button",
            class: "pres-btn",
            onclick: () => go(1),
            disabled: s.step === n - 1,
            "aria-label": t(lang, "nextStep"),
          },
          "→",
        ),
        h(
          "button",
          { type: "button", class: "pres-btn presenter-open", onclick: openPresenter },
          t(lang, "presenterView"),
        ),
        h("button", { type: "button", class: "pres-btn exit", onclick: exit }, t(lang, "exitPresentation")),
      ),
    );
    fit();
    broadcast();
  }

  sync(store.get());
  const unsubscribe = store.subscribe((s) => sync(s));
  return () => {
    unsubscribe();
    window.removeEventListener("keydown", onKey);
    window.removeEventListener("resize", onResize);
    channel?.close();
    panel.remove();
    blank.remove();
  };
}
