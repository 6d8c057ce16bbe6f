/**
 * What the user reads when something they asked for failed: a file that could not be fetched
 * says so and what to do (the network is gone); any other error names the action and its reason.
 */
import { isFetchFailure } from "../data/fetchFailure.ts";
import type { Lang } from "../data/schema.ts";
import { t, type StringKey } from "./i18n.ts";

export type FailedThing = Extract<StringKey, `what${string}`>;

export function describeFailure(lang: Lang, what: FailedThing, error: unknown): string {
  const thing = t(lang, what);
  if (isFetchFailure(error)) return t(lang, "cannotFetch", { what: thing });
  const reason = error instanceof Error ? error.message : String(error);
  return t(lang, "actionFailed", { what: thing, reason });
}
