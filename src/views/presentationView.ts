/**
 * Presentation mode: the caption over the views in large type, a progress indicator, and the keys
 * presentation clickers send (→ ← space PageDown PageUp) to step; Esc leaves. Each step is a
 * complete view state, so the timeline and network animate to it through the store.
 */
import type { Store } from "../app/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";

export interface PresentationDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  /** Curated stories plus the user's deck, looked up at call time (the deck can change). */
  findStory: (id: string) => PlayableStory | undefined;
}

export function mountPresentation(host: HTMLElement, deps: PresentationDeps): () => void {
  const { store, index } = deps;
  const panel = h("section", { class: "presentation", "aria-live": "polite", hidden: true });
  host.append(panel);
  let shownKey = "";

  const go = (delta: number) => {
    const s = store.get();
    const story = s.story ? deps.findStory(s.story) : undefined;
    if (!story) return;
    const next = Math.max(0, Math.min(story.steps.length - 1, s.step + delta));
    if (next !== s.step) store.set(viewForStep(story, next, s));
  };
  const exit = () => {
    store.set({ story: null, step: 0, camera: null });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  const onKey = (e: KeyboardEvent) => {
    if (!store.get().story || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (document.querySelector("dialog[open]")) return;
    if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") go(1);
    else if (e.key === "ArrowLeft" || e.key === "PageUp") go(-1);
    else if (e.key === "Escape") exit();
    else return;
    e.preventDefault();
  };
  window.addEventListener("keydown", onKey);

  function sync(s: ViewState) {
    const found = s.story ? deps.findStory(s.story) : undefined;
    // A story without that step (an emptied deck) is not presented, rather than drawn from nothing.
    const story = found?.steps[s.step] ? found : undefined;
    document.body.classList.toggle("presenting", !!story);
    panel.hidden = !story;
    if (!story) {
      shownKey = "";
      return;
    }
    const key = `${story.id}|${s.step}|${s.lang}|${story.steps.length}`;
    if (key === shownKey) return;
    shownKey = key;
    const step = story.steps[s.step];
    const lang = s.lang;
    const n = story.steps.length;
    setChildren(
      panel,
      h(
        "div",
        { class: "pres-head" },
        h("span", { class: "pres-title" }, story.title[lang]),
        h("span", { class: "pres-count" }, `${s.step + 1} / ${n}`),
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
        h("button", { type: "button", class: "pres-btn exit", onclick: exit }, t(lang, "exitPresentation")),
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
      s.step === 0 && story.intro[lang] ? h("p", { class: "pres-intro" }, story.intro[lang]) : null,
      h("p", { class: "pres-caption" }, step.caption[lang]),
      step.sources.length
        ? h(
            "ul",
            { class: "pres-sources" },
            ...step.sources.map((c) => {
              const src = index.dataset.sources.find((x) => x.id === c.source);
              return h(
                "li",
                {},
                h("q", { lang: c.lang === "zh" ? "zh-Hans" : "en" }, c.quote),
                " — ",
                src ? src.title[lang] : c.source,
                " ",
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onclick: () => store.set({ reader: { source: c.source, quote: c.quote } }),
                  },
                  t(lang, "showInDocument"),
                ),
              );
            }),
          )
        : null,
    );
  }

  sync(store.get());
  const unsubscribe = store.subscribe((s) => sync(s));
  return () => {
    unsubscribe();
    window.removeEventListener("keydown", onKey);
    panel.remove();
  };
}
