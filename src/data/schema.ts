/**
 * The one source of truth for the dataset's shape: zod schemas and their inferred types, built
 * on the controlled vocabularies of vocabulary.ts (actor types, event kinds, roles, relation
 * types), which are re-exported here.
 * JSON Schema files in data/schema/ are generated from these (scripts/generateSchemas.ts).
 */
import { z } from "zod";
import {
  ACTOR_TYPES,
  EVENT_KINDS,
  ID_PATTERN,
  LANGS,
  MAX_ALSO,
  PARTIAL_DATE_PATTERN,
  RELATION_TYPES,
  ROLES,
} from "./vocabulary.ts";

// zod compiles validators with `new Function` unless told not to; our CSP forbids eval.
z.config({ jitless: true });

export * from "./vocabulary.ts";

const nonBlank = z.string().trim().min(1, "must not be empty");

export const Id = z.string().regex(ID_PATTERN, "must be lowercase kebab-case (a-z, 0-9, -)");
export const Lang = z.enum(LANGS);
export const LocalizedText = z
  .object({ en: nonBlank, zh: nonBlank })
  .strict()
  .describe("Text in English and Chinese");
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD");

export const Citation = z
  .object({
    source: Id.describe("id of an entry in sources.json"),
    quote: nonBlank.describe("Verbatim passage of the source (compared with all whitespace removed)"),
    lang: Lang,
  })
  .strict();

export const Source = z
  .object({
    id: Id,
    file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name under data/sources/"),
    title: LocalizedText,
    language: Lang,
    date: PartialDate,
    symbol: z.string().min(1).optional().describe("UN document symbol, where the text shows one"),
    editionOf: Id.optional().describe("id of the source this one is another language edition of"),
    description: LocalizedText.optional(),
  })
  .strict();

export const Actor = z
  .object({
    id: Id,
    name: LocalizedText,
    short: LocalizedText.optional(),
    type: z.enum(ACTOR_TYPES),
    parent: Id.optional().describe("id of the containing actor (ministry → state, agency → UN)"),
    affiliation: Id.optional().describe("persons only: the actor they act for"),
    title: LocalizedText.optional().describe("persons only: their title"),
    aliases: z
      .array(nonBlank)
      .optional()
      .describe(
        "Other wordings the documents use for this actor, in either language (e.g. 国际移徙组织, Edward Gnesa): for search, and for check:data to find it named near an event's quotes",
      ),
    sources: z.array(Citation).optional(),
  })
  .strict();

export const Theme = z
  .object({ id: Id, label: LocalizedText, definition: LocalizedText })
  .strict();

export const EventDate = z
  .object({ start: PartialDate, end: PartialDate.optional() })
  .strict();

export const Note = z
  .object({ en: nonBlank, zh: nonBlank, sources: z.array(Citation).optional() })
  .strict();

export const EventActor = z
  .object({
    id: Id,
    role: z.enum(ROLES),
    basis: Note.optional().describe(
      "Why the actor is listed though no quote's paragraph names it (the passage says 'the Chair'; a footnote names it), with citations where they help",
    ),
  })
  .strict();

export const Event = z
  .object({
    id: Id,
    date: EventDate,
    dateNote: LocalizedText.optional(),
    title: LocalizedText,
    summary: LocalizedText,
    kind: z.enum(EVENT_KINDS),
    place: LocalizedText.optional(),
    actors: z.array(EventActor).min(1, "needs at least one actor"),
    themes: z.array(Id).min(1, "needs at least one theme"),
    planned: z.boolean(),
    sources: z.array(Citation).min(1, "needs at least one citation"),
    notes: z.array(Note).optional(),
  })
  .strict();

export const Relation = z
  .object({
    id: Id,
    type: z.enum(RELATION_TYPES),
    from: Id,
    to: Id,
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    note: LocalizedText.optional(),
    sources: z.array(Citation).min(1, "needs at least one citation"),
  })
  .strict();

/** What a story step shows: the same state the URL carries, plus the graph camera. */
export const StoryView = z
  .object({
    from: PartialDate.optional().describe("Timeline window start, YYYY-MM-DD"),
    to: PartialDate.optional().describe("Timeline window end (inclusive), YYYY-MM-DD"),
    themes: z.array(Id).optional(),
    actors: z.array(Id).optional(),
    match: z.enum(["any", "all"]).optional().describe('"all": only events in which every chosen actor takes part'),
    kinds: z.array(z.enum(EVENT_KINDS)).optional(),
    q: z.string().optional(),
    hidePlanned: z.boolean().optional(),
    sel: z
      .object({ type: z.enum(["event", "actor"]), id: Id })
      .strict()
      .nullable()
      .optional(),
    also: z
      .array(z.object({ type: z.enum(["event", "actor"]), id: Id }).strict())
      .max(MAX_ALSO)
      .optional()
      .describe("More events or actors the step picks out beside `sel`, all drawn as focal"),
    group: z.enum(["none", "theme", "actor-type"]).optional(),
    hidePersons: z.boolean().optional(),
    collapse: z.boolean().optional(),
    camera: z
      .object({ x: z.number(), y: z.number(), ratio: z.number().positive() })
      .strict()
      .optional()
      .describe("sigma camera state; omitted = centre on the selection, or the whole graph"),
  })
  .strict();

export const StoryStep = z
  .object({
    headline: LocalizedText.describe("The step's headline on the projected screen: a few words"),
    text: LocalizedText.describe("One or two short sentences shown under the headline"),
    caption: LocalizedText.describe("The longer account: the presenter's speaker notes"),
    sources: z.array(Citation).min(1, "a step's caption needs at least one citation"),
    view: StoryView,
  })
  .strict();

export const Story = z
  .object({
    id: Id,
    title: LocalizedText,
    intro: LocalizedText,
    steps: z.array(StoryStep).min(1, "a story needs at least one step"),
  })
  .strict();

const fileOf = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.object({ $schema: z.string().optional(), [key]: z.array(item) } as {
    $schema: z.ZodOptional<z.ZodString>;
  } & Record<K, z.ZodArray<T>>).strict();

export const SourcesFile = fileOf("sources", Source);
export const ActorsFile = fileOf("actors", Actor);
export const ThemesFile = fileOf("themes", Theme);
export const EventsFile = fileOf("events", Event);
export const RelationsFile = fileOf("relations", Relation);
export const StoriesFile = fileOf("stories", Story);

export type Lang = z.infer<typeof Lang>;
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Citation = z.infer<typeof Citation>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type ActorType = Actor["type"];
export type Theme = z.infer<typeof Theme>;
export type EventDate = z.infer<typeof EventDate>;
export type Note = z.infer<typeof Note>;
export type MigrationEvent = z.infer<typeof Event>;
export type EventKind = MigrationEvent["kind"];
export type Role = z.infer<typeof EventActor>["role"];
export type Relation = z.infer<typeof Relation>;
export type RelationType = Relation["type"];
export type StoryView = z.infer<typeof StoryView>;
export type StoryStep = z.infer<typeof StoryStep>;
export type Story = z.infer<typeof Story>;
