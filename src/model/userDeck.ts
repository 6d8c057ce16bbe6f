/**
 * The briefer's own deck: slides made from "current view", kept in local storage and
 * exportable/importable as JSON. Parsed at the boundary; a bad file is an error, never a crash.
 */
import { z } from "zod";
import { StoryView, type Citation } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import type { PlayableStory } from "./storyView.ts";

export const USER_DECK_ID = "my-deck";

export const UserDeck = z
  .object({
    format: z.literal("liaison-deck"),
    version: z.literal(1),
    title: z.string().trim().min(1).max(200),
    slides: z.array(z.object({ title: z.string().trim().min(1).max(300), view: StoryView }).strict()).max(500),
  })
  .strict();
export type UserDeck = z.infer<typeof UserDeck>;

export function emptyDeck(title = "My briefing"): UserDeck {
  return { format: "liaison-deck", version: 1, title, slides: [] };
}

export type DeckParse = { ok: true; deck: UserDeck } | { ok: false; error: string };

export function parseUserDeck(text: string): DeckParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const result = UserDeck.safeParse(raw);
  if (result.success) return { ok: true, deck: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue.path.join(".") || "(file)"}: ${issue.message}` };
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
      return { caption: { en: slide.title, zh: slide.title }, sources, view };
    }),
  };
}
