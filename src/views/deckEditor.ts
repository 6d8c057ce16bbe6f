/**
 * The open deck in the stories dialog: the decks row, its title, "Add current view", its slides
 * (slideEditor.ts), and present, export and import.
 */
import { slideFileName } from "../model/fileNames.ts";
import { t } from "../model/i18n.ts";
import { deckTitleIn, USER_DECK_ID } from "../model/userDeck.ts";
import { deckFileInput, importChoice } from "./deckImport.ts";
import { deckShelfRow, linkedDeckRow } from "./deckShelfControls.ts";
import { download, h } from "./dom.ts";
import { slideEditing, slideRow } from "./slideEditor.ts";
import type { StoryMenuContext } from "./storyMenuContext.ts";

export function deckSection(ctx: StoryMenuContext, present: () => void): HTMLElement {
  const { deps, lang } = ctx;
  const deck = deps.deck();
  const titleInput = h("input", {
    type: "text",
    class: "deck-title",
    value: deckTitleIn(deck.title, lang),
    "aria-label": t(lang, "deckTitle"),
  }) as HTMLInputElement;
  titleInput.addEventListener("change", () => {
    if (!titleInput.value.trim()) return;
    const d = { ...deps.deck(), title: titleInput.value.trim() };
    ctx.setDeck(d);
    // The picker's entry follows in place: re-rendering would pull the focus back from where Tab took it.
    const entry = ctx.body.querySelector(".deck-picker option:checked");
    if (entry) entry.textContent = t(lang, "deckOption", { title: d.title, n: d.slides.length });
  });
  const slideInput = h("input", {
    type: "text",
    class: "slide-title",
    placeholder: t(lang, "slideTitle"),
    "aria-label": t(lang, "slideTitle"),
    maxlength: "300",
  }) as HTMLInputElement;
  const fileInput = deckFileInput(ctx);
  const addSlide = () => {
    const title = slideInput.value.trim() || `${deps.deck().slides.length + 1}`;
    const d = deps.deck();
    ctx.setDeck({ ...d, slides: [...d.slides, { title, view: deps.captureView() }] });
    ctx.render();
  };
  const ops = slideEditing(ctx);
  return h(
    "section",
    { class: "deck" },
    h("h3", {}, t(lang, "myDeck")),
    h("p", { class: "muted" }, t(lang, "myDeckHint")),
    linkedDeckRow(ctx),
    deckShelfRow(ctx),
    h("label", { class: "deck-title-label" }, h("span", {}, t(lang, "deckTitle")), titleInput),
    ctx.pendingImport ? importChoice(ctx, ctx.pendingImport) : null,
    h(
      "div",
      { class: "deck-add" },
      slideInput,
      h("button", { type: "button", class: "add-slide", onclick: addSlide }, `+ ${t(lang, "addCurrentView")}`),
    ),
    deck.slides.length
      ? h("ol", { class: "slides" }, ...deck.slides.map((slide, i) => slideRow(ctx, ops, slide, i, deck.slides.length)))
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
          onclick: present,
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
              slideFileName(deckTitleIn(deps.deck().title, lang), "json"),
            ),
        },
        t(lang, "exportDeck"),
      ),
      h("button", { type: "button", class: "import-deck", onclick: () => fileInput.click() }, t(lang, "importDeck")),
      ...(deck.slides.length ? ctx.slideButtons(() => deps.deckStory()) : []),
      fileInput,
    ),
  );
}
