/** Legend: actor-type colours (only types present), event marks, planned style, relation edges, size. */
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { ACTOR_TYPE_COLORS } from "../model/colors.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";

export function mountLegend(
  container: HTMLElement,
  deps: { store: Store<ViewState>; index: DatasetIndex },
): () => void {
  const types = new Set(deps.index.dataset.actors.map((a) => a.type));
  let lang = "";
  const sync = (s: ViewState) => {
    if (s.lang === lang) return;
    lang = s.lang;
    const item = (swatchClass: string, color: string | null, label: string) =>
      h("li", {}, h("span", { class: swatchClass, style: color ? `background:${color}` : undefined }), label);
    setChildren(
      container,
      h("h2", { class: "legend-title" }, t(s.lang, "legend")),
      h(
        "ul",
        { class: "legend-list" },
        ...Object.entries(ACTOR_TYPE_COLORS)
          .filter(([k]) => types.has(k as never))
          .map(([k, c]) => item("dot", c, VOCAB.actorType[k as keyof typeof VOCAB.actorType][s.lang])),
        item("dot small", "#4d4d4d", t(s.lang, "legendEvents")),
        item("line relation", null, t(s.lang, "relations")),
        item("box themes", null, t(s.lang, "legendThemeColour")),
        item("box planned", null, t(s.lang, "legendPlanned")),
        item("dot sized", "#9aa3ad", t(s.lang, "legendSize")),
      ),
    );
  };
  sync(deps.store.get());
  const unsubscribe = deps.store.subscribe(sync);
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
