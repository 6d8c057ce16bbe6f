/** How the exported images are drawn for a view: shared by the export menu, the slides and the handout. */
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { focalSet } from "../model/focalSet.ts";
import type { ViewState } from "../model/viewState.ts";

/** A network image for a slide: 16:9, labels readable from the back of a room. */
export const SLIDE_IMAGE = { width: 1920, height: 1080, labelSize: 22 };

/** The timeline image's options for the current view: theme colours, selection, legend labels. */
export function timelineImageOptions(
  index: DatasetIndex,
  s: ViewState,
  themeColor: (id: string) => string,
  title: string,
  subtitle: string,
) {
  const lang = s.lang;
  return {
    lang,
    title,
    subtitle,
    themeColor,
    fontSize: 20,
    selected: selectedInImage(index, s),
    themeLabel: (id: string) => index.themesById.get(id)?.label[lang] ?? id,
    moreLabel: (n: number) => t(lang, "moreEventsInImage", { n }),
    selectedLabel: t(lang, "highlightInImage"),
  };
}

/** The events drawn as selected in the timeline image: the focal events, else the focal actors' events. */
function selectedInImage(index: DatasetIndex, s: ViewState): string[] {
  const focal = focalSet(s);
  if (focal.events.length) return focal.events;
  return [...new Set(focal.actors.flatMap((a) => index.eventsOfActor.get(a) ?? []))];
}
