/**
 * What the details panel lends the parts it draws (connections, "In view"): links, headers and
 * colours, so those parts need not import the panel itself.
 */
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { ViewState } from "../model/viewState.ts";
import type { Store } from "../state/store.ts";

/** Links and headers every part of the panel draws with. */
export interface PanelKit {
  store: Store<ViewState>;
  index: DatasetIndex;
  actorLink: (id: string, lang: Lang, extra?: string) => HTMLElement;
  eventLink: (id: string, lang: Lang) => HTMLElement;
  header: (lang: Lang, onClose: () => void, ...eyebrow: Array<Node | string | null>) => HTMLElement;
  themeColor: (id: string) => string;
}
