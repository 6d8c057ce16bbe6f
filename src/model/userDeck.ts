/**
 * The briefer's own deck: slides made from "current view", kept in local storage and
 * exportable/importable as JSON. Its format is checked in parseUserDeck.ts (loaded on demand).
 */
import type { z } from "zod";
import type { Citation } from "../data/schema.ts";
import { USER_DECK_STORY_ID } from "../data/vocabulary.ts";
import type { UserDeckSchema } from "./parseUserDeck.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import type { PlayableStory } from "./storyView.ts";

export const USER_DECK_ID = USER_DECK_STORY_ID;

export type UserDeck = z.infer<typeof UserDeckSchema>;

export function emptyDeck(title = "My briefing"): UserDeck {
  return { format: "liaison-deck", version: 1, title, slides: [] };
}

/** Slides whose ids no longer exist in the dataset keep what still applies. */
export function deckToStory(deck: UserDeck, index: DatasetIndex): PlayableStory {
  return {
    id: USER_DECK_ID,
    title: { en: deck.title, zh: deck.title },
    intro: { en: "", zh: "" },
    steps: deck.slides.map((slide) => {
      const sel = slide.view.sel;
      const event = sel?.type === "event" ? index.eventsById.get(sel.id) : undefined;
      const sources: Citation[] = event ? event.sources.slice(0, 2) : [];
      const view = {
        ...slide.view,
        sel: sel && (sel.type === "event" ? event : index.actorsById.get(sel.id)) ? sel : null,
      };
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
