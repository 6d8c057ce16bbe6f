/**
 * The files shipped with the app (the curated data, its layout, the five source documents), as
 * hashed assets fetched on demand: not in the initial JS, and preloaded by the page. The
 * single-file build replaces this module with shippedFiles.single.ts, which embeds them.
 */
import actorsUrl from "../../data/actors.json?url";
import eventsUrl from "../../data/events.json?url";
import layoutUrl from "../../data/layout.json?url";
import relationsUrl from "../../data/relations.json?url";
import sourcesUrl from "../../data/sources.json?url";
import storiesUrl from "../../data/stories.json?url";
import themesUrl from "../../data/themes.json?url";
import { FetchFailure } from "./fetchFailure.ts";

export type ShippedJson = "sources" | "actors" | "themes" | "events" | "relations" | "stories" | "layout";

const jsonUrls: Record<ShippedJson, string> = {
  sources: sourcesUrl,
  actors: actorsUrl,
  themes: themesUrl,
  events: eventsUrl,
  relations: relationsUrl,
  stories: storiesUrl,
  layout: layoutUrl,
};

const textUrls = import.meta.glob("../../data/sources/*.txt", { query: "?url", import: "default", eager: true }) as Record<
  string,
  string
>;

async function get(url: string, file: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new FetchFailure(file, e);
  }
  if (!res.ok) throw new FetchFailure(file, `HTTP ${res.status}`);
  return res;
}

/** One of the shipped JSON files, parsed. */
export async function readShippedJson(name: ShippedJson): Promise<unknown> {
  return (await get(jsonUrls[name], `${name}.json`)).json();
}

/** Whether a source document of this name ships with the app. */
export const hasShippedText = (file: string): boolean => Object.keys(textUrls).some((p) => p.endsWith(`/${file}`));

/** A shipped source document's text. */
export async function readShippedText(file: string): Promise<string> {
  const url = Object.entries(textUrls).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!url) throw new Error(`no source text ${file}`);
  return (await get(url, file)).text();
}
