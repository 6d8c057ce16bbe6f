/**
 * The deck file's format, checked at the boundary: a bad file is an error, never a crash. Loaded
 * only when a deck is read (from local storage or a file), so zod stays out of the first draw.
 */
import { z } from "zod";
import { StoryView } from "../data/schema.ts";

export const UserDeckSchema = z
  .object({
    format: z.literal("liaison-deck"),
    version: z.literal(1),
    title: z.string().trim().min(1).max(200),
    slides: z
      .array(
        z
          .object({
            title: z.string().trim().min(1).max(300),
            /** One or two sentences on screen under the title */
            text: z.string().max(2000).optional(),
            /** The speaker notes */
            notes: z.string().max(20000).optional(),
            view: StoryView,
          })
          .strict(),
      )
      .max(500),
  })
  .strict();

export type DeckParse = { ok: true; deck: z.infer<typeof UserDeckSchema> } | { ok: false; error: string };

export function parseUserDeck(text: string): DeckParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const result = UserDeckSchema.safeParse(raw);
  if (result.success) return { ok: true, deck: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue.path.join(".") || "(file)"}: ${issue.message}` };
}

/** The decks kept in local storage (deckShelf.ts): at least one, the open one among them. */
export const DeckShelfSchema = z
  .object({
    format: z.literal("liaison-decks"),
    version: z.literal(2),
    current: z.string(),
    decks: z
      .array(z.object({ id: z.string().regex(/^d\d+$/), deck: UserDeckSchema }).strict())
      .min(1)
      .max(200),
  })
  .strict()
  .refine((s) => s.decks.some((d) => d.id === s.current), { message: "the open deck is not among the decks" })
  .refine((s) => new Set(s.decks.map((d) => d.id)).size === s.decks.length, { message: "two decks share an id" });

export type ShelfParse = { ok: true; shelf: z.infer<typeof DeckShelfSchema> } | { ok: false; error: string };

export function parseDeckShelf(text: string): ShelfParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const result = DeckShelfSchema.safeParse(raw);
  if (result.success) return { ok: true, shelf: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue.path.join(".") || "(file)"}: ${issue.message}` };
}
