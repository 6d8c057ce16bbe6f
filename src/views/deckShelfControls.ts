/**
 * The stories dialog's row of decks: which one is open (a picker) and the decks' own actions — new,
 * duplicate, delete; and, for a deck a link carries, the button that keeps it among one's own.
 */
import { t } from "../model/i18n.ts";
import { deckTitleIn, emptyDeck, type UserDeck } from "../model/userDeck.ts";
import {
  addDeck,
  deleteCurrent,
  duplicateCurrent,
  switchDeck,
  uniqueTitle,
  type DeckShelf,
} from "../model/deckShelf.ts";
import { confirmInApp } from "./confirmDialog.ts";
import { h } from "./dom.ts";
import type { StoryMenuContext } from "./storyMenuContext.ts";

/** Adds a deck to the shelf under a title no other deck has (the open deck stays open). */
export function keepDeckOnShelf(ctx: Pick<StoryMenuContext, "deps" | "lang">, deck: UserDeck): void {
  const shelf = ctx.deps.shelf();
  const title = uniqueTitle(shelf, deck.title, ctx.lang === "zh");
  ctx.deps.setShelf(addDeck(shelf, { ...deck, title }));
  ctx.deps.toast(t(ctx.lang, "deckAdded", { title, n: deck.slides.length }));
}

export function deckShelfRow(ctx: StoryMenuContext): HTMLElement {
  const { deps, lang, body } = ctx;
  const shelf = deps.shelf();
  const picker = h(
    "select",
    { class: "deck-picker", "aria-label": t(lang, "deckPicker") },
    ...shelf.decks.map(({ id, deck: d }) =>
      h(
        "option",
        { value: id, selected: id === shelf.current },
        t(lang, "deckOption", { title: deckTitleIn(d.title, lang), n: d.slides.length }),
      ),
    ),
  ) as HTMLSelectElement;
  picker.value = shelf.current;
  picker.addEventListener("change", () => {
    deps.setShelf(switchDeck(deps.shelf(), picker.value));
    ctx.pendingImport = null;
    ctx.render();
    ctx.focusAfterRender(".deck-picker");
  });
  const opened = (next: DeckShelf) => {
    deps.setShelf(next);
    ctx.pendingImport = null;
    ctx.render();
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
          const title = uniqueTitle(
            s,
            t(lang, "copyTitle", { title: deckTitleIn(deps.deck().title, lang) }),
            lang === "zh",
          );
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
        onclick: async () => {
          const d = deps.deck();
          const title = deckTitleIn(d.title, lang);
          const sure = await confirmInApp({
            title: t(lang, "deleteDeckTitle"),
            message: t(lang, "deleteDeckConfirm", { title, n: d.slides.length }),
            confirm: t(lang, "deleteDeckOk"),
            cancel: t(lang, "cancel"),
          });
          if (!sure) return ctx.focusAfterRender(".delete-deck");
          deps.setShelf(deleteCurrent(deps.shelf(), t(lang, "newDeckTitle")));
          ctx.pendingImport = null;
          deps.toast(t(lang, "deckDeleted", { title }));
          ctx.render();
          ctx.focusAfterRender(".deck-picker");
        },
      },
      t(lang, "deleteDeck"),
    ),
  );
}

/** A deck the link carries can be kept among one's own. */
export function linkedDeckRow(ctx: StoryMenuContext): HTMLElement | null {
  const { deps, lang } = ctx;
  const linked = deps.linkedDeck();
  if (!linked) return null;
  return h(
    "div",
    { class: "linked-deck" },
    h("span", {}, t(lang, "linkedDeckHere", { title: deckTitleIn(linked.title, lang), n: linked.slides.length })),
    h(
      "button",
      {
        type: "button",
        class: "keep-linked-deck",
        onclick: () => {
          keepDeckOnShelf(ctx, linked);
          ctx.render();
          ctx.focusAfterRender(".deck-picker");
        },
      },
      t(lang, "keepLinkedDeck"),
    ),
  );
}
