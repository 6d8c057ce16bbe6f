/**
 * The stories dialog: the curated stories with a "Present" button each, and the briefer's own
 * decks (deckEditor.ts) — several, named: create, switch, rename, duplicate, delete; in the open
 * one, add the current view as a slide, edit, reorder, remove; export and import as JSON, present.
 */
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import { replaceCurrent } from "../model/deckShelf.ts";
import { deckSection } from "./deckEditor.ts";
import { h, setChildren } from "./dom.ts";
import type { StoryMenuContext, StoryMenuDeps } from "./storyMenuContext.ts";

export function mountStoryMenu(container: HTMLElement, deps: StoryMenuDeps): { open: () => void; destroy: () => void } {
  const { store } = deps;
  const button = h("button", { type: "button", class: "tool-btn", "aria-haspopup": "dialog" });
  const body = h("div", { class: "stories-body" });
  const heading = h("h2", { id: "stories-title" });
  const closeBtn = h("button", { type: "button", class: "icon-btn close", onclick: () => dialog.close() }, "×");
  const dialog = h(
    "dialog",
    { class: "stories", "aria-labelledby": "stories-title" },
    h("header", { class: "reader-head" }, heading, closeBtn),
    body,
  );
  container.append(button);
  document.body.append(dialog);
  button.addEventListener("click", () => open());

  const ctx: StoryMenuContext = {
    deps,
    lang: store.get().lang,
    body,
    render,
    focusAfterRender: (selector) => body.querySelector<HTMLElement>(selector)?.focus(),
    setDeck: (deck) => deps.setShelf(replaceCurrent(deps.shelf(), deck)),
    pendingImport: null,
    slideButtons,
  };

  function open() {
    ctx.pendingImport = null;
    render();
    if (!dialog.open) dialog.showModal();
  }

  function present(story: PlayableStory) {
    if (!story.steps.length) return;
    dialog.close();
    store.set(viewForStep(story, 0, store.get()));
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** PowerPoint and PDF of a story or the deck; the dialog closes while the steps are drawn. */
  function slideButtons(story: () => PlayableStory): HTMLElement[] {
    const lang = store.get().lang;
    const run = (format: "pptx" | "pdf") => () => {
      if (!story().steps.length) return;
      dialog.close();
      void deps.exportSlides(story(), format);
    };
    return [
      h("button", { type: "button", class: "export-pptx", onclick: run("pptx") }, t(lang, "exportPptxShort")),
      h("button", { type: "button", class: "export-slides-pdf", onclick: run("pdf") }, t(lang, "exportPdfShort")),
    ];
  }

  function render() {
    const lang: Lang = store.get().lang;
    ctx.lang = lang;
    heading.textContent = t(lang, "storiesTitle");
    button.textContent = t(lang, "stories");
    closeBtn.setAttribute("aria-label", t(lang, "close"));
    setChildren(
      body,
      h(
        "ul",
        { class: "story-list" },
        ...deps.stories.map((story) =>
          h(
            "li",
            { "data-story": story.id },
            h(
              "div",
              {},
              h("strong", {}, story.title[lang]),
              h("span", { class: "muted" }, ` · ${t(lang, "steps", { n: story.steps.length })}`),
            ),
            h("p", {}, story.intro[lang]),
            h(
              "div",
              { class: "deck-actions" },
              h(
                "button",
                { type: "button", class: "present-btn", onclick: () => present(story) },
                `▶ ${t(lang, "present")}`,
              ),
              ...slideButtons(() => story),
            ),
          ),
        ),
      ),
      deckSection(ctx, () => present(deps.deckStory())),
    );
  }

  let lang = store.get().lang;
  const unsubscribe = store.subscribe((s) => {
    if (s.lang !== lang) {
      lang = s.lang;
      button.textContent = t(s.lang, "stories");
      if (dialog.open) render();
    }
  });
  button.textContent = t(store.get().lang, "stories");
  return {
    open,
    destroy: () => {
      unsubscribe();
      dialog.remove();
      container.replaceChildren();
    },
  };
}
