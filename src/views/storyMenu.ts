/**
 * The stories dialog: the curated stories with a "Present" button each, and the briefer's own
 * decks — several, named: create, switch, rename, duplicate, delete; in the open one, add the
 * current view as a slide, edit (its picks too: slidePicks.ts), reorder, remove; export and
 * import as JSON, present.
 */
import type { Store } from "../state/store.ts";
import type { Lang } from "../data/schema.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import { readFileText } from "../data/decodeText.ts";
import { USER_DECK_ID, emptyDeck, type UserDeck } from "../model/userDeck.ts";
import {
  addDeck,
  deleteCurrent,
  duplicateCurrent,
  replaceCurrent,
  switchDeck,
  uniqueTitle,
  type DeckShelf,
} from "../model/deckShelf.ts";
import type { ViewState } from "../model/viewState.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { picksOf } from "../model/focalSet.ts";
import { slideFileName } from "../model/fileNames.ts";
import { h, setChildren } from "./dom.ts";
import { slidePicksList } from "./slidePicks.ts";
import { download } from "./dom.ts";

export interface StoryMenuDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  stories: PlayableStory[];
  /** The open deck */
  deck: () => UserDeck;
  shelf: () => DeckShelf;
  setShelf: (shelf: DeckShelf) => void;
  /** A deck the page's link carries (presented from the link), if any */
  linkedDeck: () => UserDeck | null;
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

  const setDeck = (deck: UserDeck) => deps.setShelf(replaceCurrent(deps.shelf(), deck));
  /** A deck file read and waiting for the user to say: replace the open deck, or add it. */
  let pendingImport: UserDeck | null = null;
  const focusAfterRender = (selector: string) => body.querySelector<HTMLElement>(selector)?.focus();

  function open() {
    pendingImport = null;
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
      if (!titleInput.value.trim()) return;
      const d = { ...deps.deck(), title: titleInput.value.trim() };
      setDeck(d);
      // The picker's entry follows in place: re-rendering would pull the focus back from where Tab took it.
      const entry = body.querySelector(".deck-picker option:checked");
      if (entry) entry.textContent = t(lang, "deckOption", { title: d.title, n: d.slides.length });
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
      fileInput.value = "";
      if (!parsed.ok) return void deps.toast(t(lang, "deckImportFailed", { reason: parsed.error }));
      // A deck with slides is not replaced without asking: replace it, or add the file as a new deck.
      if (deps.deck().slides.length) {
        pendingImport = parsed.deck;
        render();
        focusAfterRender(".import-replace");
        return;
      }
      setDeck(parsed.deck);
      deps.toast(t(lang, "deckImported", { title: parsed.deck.title, n: parsed.deck.slides.length }));
      render();
    });
    const importChoice = (incoming: UserDeck) => {
      const current = deps.deck();
      const done = (focus: string) => {
        pendingImport = null;
        render();
        focusAfterRender(focus);
      };
      return h(
        "div",
        { class: "import-choice", role: "group", "aria-label": t(lang, "importDeck") },
        h(
          "p",
          {},
          t(lang, "importChoice", {
            title: incoming.title,
            n: incoming.slides.length,
            current: current.title,
            m: current.slides.length,
          }),
        ),
        h(
          "div",
          { class: "deck-actions" },
          h(
            "button",
            {
              type: "button",
              class: "import-replace",
              onclick: () => {
                setDeck(incoming);
                deps.toast(t(lang, "deckImported", { title: incoming.title, n: incoming.slides.length }));
                done(".deck-picker");
              },
            },
            t(lang, "importReplace", { current: current.title }),
          ),
          h(
            "button",
            {
              type: "button",
              class: "import-add",
              onclick: () => {
                const shelf = deps.shelf();
                const title = uniqueTitle(shelf, incoming.title, lang === "zh");
                deps.setShelf(addDeck(shelf, { ...incoming, title }));
                deps.toast(t(lang, "deckAdded", { title, n: incoming.slides.length }));
                done(".deck-picker");
              },
            },
            t(lang, "importAdd"),
          ),
          h(
            "button",
            { type: "button", class: "import-cancel", onclick: () => done(".import-deck") },
            t(lang, "cancel"),
          ),
        ),
      );
    };
    /** Which deck is open, and the decks' own actions: new, duplicate, delete. */
    const shelfRow = () => {
      const shelf = deps.shelf();
      const picker = h(
        "select",
        { class: "deck-picker", "aria-label": t(lang, "deckPicker") },
        ...shelf.decks.map(({ id, deck: d }) =>
          h(
            "option",
            { value: id, selected: id === shelf.current },
            t(lang, "deckOption", { title: d.title, n: d.slides.length }),
          ),
        ),
      ) as HTMLSelectElement;
      picker.value = shelf.current;
      picker.addEventListener("change", () => {
        deps.setShelf(switchDeck(deps.shelf(), picker.value));
        pendingImport = null;
        render();
        focusAfterRender(".deck-picker");
      });
      const opened = (next: DeckShelf) => {
        deps.setShelf(next);
        pendingImport = null;
        render();
        // A new deck's first need is a name: its title field, selected.
        const title = body.querySelector<HTMLInputElement>(".deck-title");
        title?.focus();
        title?.select();
      };
      return h(
        "div",
        { class: "deck-shelf", role: "group", "aria-label": t(lang, "decksGroup") },
        h("label", { class: "deck-picker-label" }, h("span", {}, t(lang, "deckPicker")), picker),
        h(
          "button",
          {
            type: "button",
            class: "new-deck",
            onclick: () => {
              const s = deps.shelf();
              opened(addDeck(s, emptyDeck(uniqueTitle(s, t(lang, "newDeckTitle"), lang === "zh"))));
            },
          },
          `+ ${t(lang, "newDeck")}`,
        ),
        h(
          "button",
          {
            type: "button",
            class: "duplicate-deck",
            onclick: () => {
              const s = deps.shelf();
              const title = uniqueTitle(s, t(lang, "copyTitle", { title: deps.deck().title }), lang === "zh");
              opened(duplicateCurrent(s, title));
            },
          },
          t(lang, "duplicateDeck"),
        ),
        h(
          "button",
          {
            type: "button",
            class: "delete-deck",
            onclick: () => {
              const d = deps.deck();
              if (!window.confirm(t(lang, "deleteDeckConfirm", { title: d.title, n: d.slides.length }))) return;
              deps.setShelf(deleteCurrent(deps.shelf(), t(lang, "newDeckTitle")));
              pendingImport = null;
              deps.toast(t(lang, "deckDeleted", { title: d.title }));
              render();
              focusAfterRender(".deck-picker");
            },
          },
          t(lang, "deleteDeck"),
        ),
      );
    };
    /** A deck the link carries can be kept among one's own. */
    const linkedRow = () => {
      const linked = deps.linkedDeck();
      if (!linked) return null;
      return h(
        "div",
        { class: "linked-deck" },
        h("span", {}, t(lang, "linkedDeckHere", { title: linked.title, n: linked.slides.length })),
        h(
          "button",
          {
            type: "button",
            class: "keep-linked-deck",
            onclick: () => {
              const shelf = deps.shelf();
              const title = uniqueTitle(shelf, linked.title, lang === "zh");
              deps.setShelf(addDeck(shelf, { ...linked, title }));
              deps.toast(t(lang, "deckAdded", { title, n: linked.slides.length }));
              render();
              focusAfterRender(".deck-picker");
            },
          },
          t(lang, "keepLinkedDeck"),
        ),
      );
    };
    const addSlide = () => {
      const title = slideInput.value.trim() || `${deps.deck().slides.length + 1}`;
      const d = deps.deck();
      setDeck({ ...d, slides: [...d.slides, { title, view: deps.captureView() }] });
      render();
    };
    const move = (i: number, to: number) => {
      const d = deps.deck();
      if (to < 0 || to >= d.slides.length || to === i) return;
      const slides = [...d.slides];
      const [s] = slides.splice(i, 1);
      slides.splice(to, 0, s);
      setDeck({ ...d, slides });
      render();
      // Keep the keyboard on the slide that moved.
      body.querySelector<HTMLElement>(`.slides li[data-slide="${to}"] .slide-handle`)?.focus();
    };
    const edit = (i: number, patch: Partial<UserDeck["slides"][number]>) => {
      const d = deps.deck();
      setDeck({ ...d, slides: d.slides.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    };
    let dragged = -1;
    /** A slide: its title, text and notes editable in place; moved by its handle (drag, or Alt+↑/↓). */
    const slideRow = (slide: UserDeck["slides"][number], i: number, n: number) => {
      const field = (
        cls: string,
        value: string,
        label: string,
        multiline: boolean,
        key: "title" | "text" | "notes",
      ) => {
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
          edit(i, { [key]: key === "title" ? v : v || undefined });
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
        move(i, i + (e.key === "ArrowUp" ? -1 : 1));
      });
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
            current: () => picksOf(store.get()),
            setView: (view) => edit(i, { view }),
            toast: deps.toast,
          }),
        ),
        h(
          "div",
          { class: "slide-buttons" },
          h(
            "button",
            {
              type: "button",
              class: "icon-btn move-up",
              disabled: i === 0,
              "aria-label": t(lang, "moveUp", { n: i + 1 }),
              onclick: () => move(i, i - 1),
            },
            "↑",
          ),
          h(
            "button",
            {
              type: "button",
              class: "icon-btn move-down",
              disabled: i === n - 1,
              "aria-label": t(lang, "moveDown", { n: i + 1 }),
              onclick: () => move(i, i + 1),
            },
            "↓",
          ),
          h(
            "button",
            {
              type: "button",
              class: "icon-btn remove-slide",
              "aria-label": t(lang, "removeSlide", { n: i + 1 }),
              onclick: () => {
                const d = deps.deck();
                setDeck({ ...d, slides: d.slides.filter((_, j) => j !== i) });
                render();
              },
            },
            "×",
          ),
        ),
      );
      li.addEventListener("dragstart", (e) => {
        dragged = i;
        e.dataTransfer?.setData("text/plain", String(i));
      });
      li.addEventListener("dragover", (e) => {
        if (dragged >= 0) e.preventDefault();
      });
      li.addEventListener("drop", (e) => {
        e.preventDefault();
        const from = dragged >= 0 ? dragged : Number(e.dataTransfer?.getData("text/plain"));
        dragged = -1;
        if (Number.isInteger(from)) move(from, i);
      });
      return li;
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
        linkedRow(),
        shelfRow(),
        h("label", { class: "deck-title-label" }, h("span", {}, t(lang, "deckTitle")), titleInput),
        pendingImport ? importChoice(pendingImport) : null,
        h(
          "div",
          { class: "deck-add" },
          slideInput,
          h("button", { type: "button", class: "add-slide", onclick: addSlide }, `+ ${t(lang, "addCurrentView")}`),
        ),
        deck.slides.length
          ? h("ol", { class: "slides" }, ...deck.slides.map((slide, i) => slideRow(slide, i, deck.slides.length)))
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
                  slideFileName(deps.deck().title, "json"),
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
