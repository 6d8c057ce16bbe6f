/**
 * The dataset's files: which array each holds and the schema of one item.
 * Shared by the validator, the schema generator and the loader.
 */
import type { z } from "zod";
import {
  Actor,
  ActorsFile,
  Event,
  EventsFile,
  Relation,
  RelationsFile,
  Source,
  SourcesFile,
  StoriesFile,
  Story,
  Theme,
  ThemesFile,
  type Actor as ActorT,
  type MigrationEvent,
  type Relation as RelationT,
  type Source as SourceT,
  type Story as StoryT,
  type Theme as ThemeT,
} from "./schema.ts";

export interface DataFileSpec {
  /** File name under data/ */
  file: string;
  /** The one array the file's object holds */
  key: string;
  item: z.ZodType;
  whole: z.ZodType;
}

export const DATA_FILES = {
  sources: { file: "sources.json", key: "sources", item: Source, whole: SourcesFile },
  actors: { file: "actors.json", key: "actors", item: Actor, whole: ActorsFile },
  themes: { file: "themes.json", key: "themes", item: Theme, whole: ThemesFile },
  events: { file: "events.json", key: "events", item: Event, whole: EventsFile },
  relations: { file: "relations.json", key: "relations", item: Relation, whole: RelationsFile },
  stories: { file: "stories.json", key: "stories", item: Story, whole: StoriesFile },
} as const satisfies Record<string, DataFileSpec>;

export type DataFileName = keyof typeof DATA_FILES;
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

export interface Dataset {
  sources: SourceT[];
  actors: ActorT[];
  themes: ThemeT[];
  events: MigrationEvent[];
  relations: RelationT[];
  stories: StoryT[];
}
