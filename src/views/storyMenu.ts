/**
 * The stories dialog: the curated stories with a "Present" button each, and the briefer's own
 * deck — add the current view as a slide, reorder, remove, export and import as JSON, present.
 */
import type { Store } from "../app/store.ts";
import type { Lang } from "../data/schema.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import { readFileText } from "../data/decodeText.ts";
import { USER_DECK_ID, type UserDeck } from "../model/userDeck.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { download } from "./dom.ts";

export interface StoryMenuDeps {
  store: Store<ViewState>;
  stories: PlayableStory[];
  deck: () => UserDeck;
  setDeck: (deck: UserDeck) => void;
  deckStory: () => PlayableStory;
  /** The current view as a step view, camera included */
  captureView: () => UserDeck["slides"][number]["view"];
  toast: (message: string) => void;
  exportSlides: (story: PlayableStory, format: "pptx" | "pdf") => Promise<void>;
}

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

  function open() {
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
  function slideButtons(story: () => PlayableStory): HTMLElement[];
  function slideButtons(story: PlayableStory): HTMLElement[];
  function slideButtons(story: PlayableStory | (() => PlayableStory)): HTMLElement[] {
    const lang = store.get().lang;
    const get = typeof story === "function" ? story : () => story;
    const run = (format: "pptx" | "pdf") => () => {
      if (!get().steps.length) return;
      dialog.close();
      void deps.exportSlides(get(), format);
    };
    return [
      h("button", { type: "button", class: "export-pptx", onclick: run("pptx") }, t(lang, "exportPptxShort")),
      h("button", { type: "button", class: "export-slides-pdf", onclick: run("pdf") }, t(lang, "exportPdfShort")),
    ];
  }

  function render() {
    const lang: Lang = store.get().lang;
    heading.textContent = t(lang, "storiesTitle");
    button.textContent = t(lang, "stories");
    closeBtn.setAttribute("aria-label", t(lang, "close"));
    const deck = deps.deck();
    const titleInput = h("input", {
      type: "text",
      class: "deck-title",
      value: deck.title,
      "aria-label": t(lang, "deckTitle"),
    }) as HTMLInputElement;
    titleInput.addEventListener("change", () => {
      if (titleInput.value.trim()) deps.setDeck({ ...deps.deck(), title: titleInput.value.trim() });
    });
    const slideInput = h("input", {
      type: "text",
      class: "slide-title",
      placeholder: t(lang, "slideTitle"),
      "aria-label": t(lang, "slideTitle"),
      maxlength: "300",
    }) as HTMLInputElement;
    const fileInput = h("input", {
      type: "file",
      accept: "application/json,.json",
      class: "sr-only",
      id: "deck-file",
      // Reached through the "Import deck…" button; named for screen readers all the same.
      "aria-label": t(lang, "importDeck"),
      tabindex: "-1",
    }) as HTMLInputElement;
    fileInput.addEventListener("change", async () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      let parsed: ReturnType<typeof import("../model/parseUserDeck.ts").parseUserDeck>;
      try {
        const { parseUserDeck } = await import("../model/parseUserDeck.ts");
        const decoded = await readFileText(file);
        parsed = decoded.ok ? parseUserDeck(decoded.text) : { ok: false as const, error: decoded.problems[0].message };
      } catch (error) {
        deps.toast(describeFailure(lang, "whatImport", error));
        return;
      }
      if (parsed.ok) {
        deps.setDeck(parsed.deck);
        deps.toast(t(lang, "deckImported", { title: parsed.deck.title, n: parsed.deck.slides.length }));
      } else deps.toast(t(lang, "deckImportFailed", { reason: parsed.error }));
      render();
    });
    const addSlide = () => {
      const title = slideInput.value.trim() || `${deps.deck().slides.length + 1}`;
      const d = deps.deck();
      deps.setDeck({ ...d, slides: [...d.slides, { title, view: deps.captureView() }] });
      render();
    };
    const move = (i: number, delta: number) => {
      const d = deps.deck();
      const slides = [...d.slides];
      const [s] = slides.splice(i, 1);
      slides.splice(i + delta, 0, s);
      deps.setDeck({ ...d, slides });
      render();
    };
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
              ...slideButtons(story),
            ),
          ),
        ),
      ),
      h(
        "section",
        { class: "deck" },
        h("h3", {}, t(lang, "myDeck")),
        h("p", { class: "muted" }, t(lang, "myDeckHint")),
        titleInput,
        h(
          "div",
          { class: "deck-add" },
          slideInput,
          h("button", { type: "button", class: "add-slide", onclick: addSlide }, `+ ${t(lang, "addCurrentView")}`),
        ),
        deck.slides.length
          ? h(
              "ol",
              { class: "slides" },
              ...deck.slides.map((slide, i) =>
                h(
                  "li",
                  {},
                  h("span", {}, slide.title),
                  i > 0
                    ? h(
                        "button",
                        {
                          type: "button",
                          class: "icon-btn",
                          "aria-label": t(lang, "moveUp", { n: i + 1 }),
                          onclick: () => move(i, -1),
                        },
                        "↑",
                      )
                    : null,
                  h(
                    "button",
                    {
                      type: "button",
                      class: "icon-btn",
                      "aria-label": t(lang, "removeSlide", { n: i + 1 }),
                      onclick: () => {
                        const d = deps.deck();
                        deps.setDeck({ ...d, slides: d.slides.filter((_, j) => j !== i) });
                        render();
                      },
                    },
                    "×",
                  ),
                ),
              ),
            )
          : h("p", { class: "muted" }, t(lang, "deckEmpty")),
        h(
          "div",
          { class: "deck-actions" },
          h(
            "button",
            {
              type: "button",
              class: "present-btn",
              disabled: deck.slides.length === 0,
              "data-story": USER_DECK_ID,
              onclick: () => present(deps.deckStory()),
            },
            `▶ ${t(lang, "present")}`,
          ),
          h(
            "button",
            {
              type: "button",
              class: "export-deck",
              onclick: () =>
                download(
                  new Blob([JSON.stringify(deps.deck(), null, 2)], { type: "application/json" }),
                  "liaison-deck.json",
                ),
            },
            t(lang, "exportDeck"),
          ),
          h(
            "button",
            { type: "button", class: "import-deck", onclick: () => fileInput.click() },
            t(lang, "importDeck"),
          ),
          ...(deck.slides.length ? slideButtons(() => deps.deckStory()) : []),
          fileInput,
        ),
      ),
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
