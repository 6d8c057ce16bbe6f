/**
 * The single-file build's shippedFiles.ts (vite.config.ts swaps it in): the curated data, its
 * layout and the source documents are embedded in the page's script, so a copy opened from disk
 * (file://, where nothing can be fetched) has them all.
 */
import actors from "../../data/actors.json";
import events from "../../data/events.json";
import layout from "../../data/layout.json";
import relations from "../../data/relations.json";
import sources from "../../data/sources.json";
import stories from "../../data/stories.json";
import themes from "../../data/themes.json";
import type { ShippedJson } from "./shippedFiles.ts";

const json: Record<ShippedJson, unknown> = { sources, actors, themes, events, relations, stories, layout };

const texts = import.meta.glob("../../data/sources/*.txt", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

const textOf = (file: string) => Object.entries(texts).find(([path]) => path.endsWith(`/${file}`))?.[1];

export const readShippedJson = (name: ShippedJson): Promise<unknown> => Promise.resolve(json[name]);

export const hasShippedText = (file: string): boolean => textOf(file) !== undefined;

export async function readShippedText(file: string): Promise<string> {
  const text = textOf(file);
  if (text === undefined) throw new Error(`no source text ${file}`);
  return text;
}
