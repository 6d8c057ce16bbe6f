/**
 * The briefer's own deck: slides made from "current view", kept in local storage and
 * exportable/importable as JSON. Its format is checked in parseUserDeck.ts (loaded on demand).
 */
import type { z } from "zod";
import type { Citation, Lang } from "../data/schema.ts";
import { USER_DECK_STORY_ID } from "../data/vocabulary.ts";
import type { UserDeckSchema } from "./parseUserDeck.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { stepPicks, withPicks } from "./focalSet.ts";
import { t } from "./i18n.ts";
import type { PlayableStory } from "./storyView.ts";

export const USER_DECK_ID = USER_DECK_STORY_ID;

export type UserDeck = z.infer<typeof UserDeckSchema>;

export function emptyDeck(title = t("en", "defaultDeckTitle")): UserDeck {
  return { format: "liaison-deck", version: 1, title, slides: [] };
}

/**
 * A deck's title as shown in a language: the first deck's default title (stored in whichever
 * language it was made) reads in the language of the page until the user names the deck.
 */
export function deckTitleIn(title: string, lang: Lang): string {
  return title === t("en", "defaultDeckTitle") || title === t("zh", "defaultDeckTitle")
    ? t(lang, "defaultDeckTitle")
    : title;
}

/** Slides whose ids no longer exist in the dataset keep what still applies. */
export function deckToStory(deck: UserDeck, index: DatasetIndex): PlayableStory {
  return {
    id: USER_DECK_ID,
    title: { en: deckTitleIn(deck.title, "en"), zh: deckTitleIn(deck.title, "zh") },
    intro: { en: "", zh: "" },
    steps: deck.slides.map((slide) => {
      const picks = stepPicks(slide.view).filter((p) =>
        p.type === "event" ? index.eventsById.has(p.id) : index.actorsById.has(p.id),
      );
      const events = picks.flatMap((p) => (p.type === "event" ? [index.eventsById.get(p.id)!] : []));
      // One event: its first two citations; several: the first of each.
      const sources: Citation[] =
        events.length === 1 ? events[0].sources.slice(0, 2) : events.slice(0, 4).map((e) => e.sources[0]);
      const view = { ...withPicks(slide.view, picks), ...(picks.length ? {} : { sel: null }) };
      const both = (x: string) => ({ en: x, zh: x });
      return {
        headline: both(slide.title),
        text: both(slide.text ?? ""),
        caption: both(slide.notes ?? ""),
        sources,
        view,
      };
    }),
  };
}
