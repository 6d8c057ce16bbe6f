/**
 * Importing a deck file: the hidden file input behind "Import deck…", and, when the open deck has
 * slides, the choice between replacing it and adding the file as a new deck.
 */
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { readFileText } from "../data/decodeText.ts";
import { deckTitleIn, type UserDeck } from "../model/userDeck.ts";
import { h } from "./dom.ts";
import { keepDeckOnShelf } from "./deckShelfControls.ts";
import type { StoryMenuContext } from "./storyMenuContext.ts";

export function deckFileInput(ctx: StoryMenuContext): HTMLInputElement {
  const { deps, lang } = ctx;
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
      ctx.pendingImport = parsed.deck;
      ctx.render();
      ctx.focusAfterRender(".import-replace");
      return;
    }
    ctx.setDeck(parsed.deck);
    deps.toast(t(lang, "deckImported", { title: parsed.deck.title, n: parsed.deck.slides.length }));
    ctx.render();
  });
  return fileInput;
}

export function importChoice(ctx: StoryMenuContext, incoming: UserDeck): HTMLElement {
  const { deps, lang } = ctx;
  const current = deps.deck();
  const done = (focus: string) => {
    ctx.pendingImport = null;
    ctx.render();
    ctx.focusAfterRender(focus);
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
        current: deckTitleIn(current.title, lang),
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
            ctx.setDeck(incoming);
            deps.toast(t(lang, "deckImported", { title: incoming.title, n: incoming.slides.length }));
            done(".deck-picker");
          },
        },
        t(lang, "importReplace", { current: deckTitleIn(current.title, lang) }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "import-add",
          onclick: () => {
            keepDeckOnShelf(ctx, incoming);
            done(".deck-picker");
          },
        },
        t(lang, "importAdd"),
      ),
      h("button", { type: "button", class: "import-cancel", onclick: () => done(".import-deck") }, t(lang, "cancel")),
    ),
  );
}
