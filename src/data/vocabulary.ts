/**
 * The dataset's controlled vocabularies and patterns, apart from the zod schemas that use them
 * (schema.ts), so that the app's first draw can use them without loading zod: the curated data
 * was validated at build time, and zod loads only to check an import or a deck.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD: only the precision a document gives. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The story id the user's own deck plays under: a dataset story may not take it. */
export const USER_DECK_STORY_ID = "my-deck";

export const LANGS = ["en", "zh"] as const;
export const ACTOR_TYPES = [
  "igo",
  "un-body",
  "state",
  "government-body",
  "regional-body",
  "forum",
  "civil-society",
  "academic",
  "private-sector",
  "person",
] as const;
export const EVENT_KINDS = [
  "meeting",
  "conference",
  "workshop",
  "visit",
  "agreement",
  "membership",
  "resolution",
  "report",
  "policy",
  "appointment",
  "declaration",
  "initiative",
  "launch",
  "publication",
  "other",
] as const;
export const ROLES = [
  "host",
  "organiser",
  "chair",
  "co-chair",
  "participant",
  "signatory",
  "funder",
  "speaker",
  "author",
  "adopter",
  "subject",
  "partner",
  "member",
  "applicant",
] as const;
export const RELATION_TYPES = [
  "observer",
  "member",
  "part-of",
  "hosts",
  "chairs",
  "funds",
  "partner",
  "leads",
  "represents",
] as const;

/** How many events or actors a story step may pick out beside its selection (`also`). */
export const MAX_ALSO = 20;
