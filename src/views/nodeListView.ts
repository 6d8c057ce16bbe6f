/**
 * The network's accessible alternative: a searchable, focusable list of the nodes in view
 * (actors by number of events, then events in order). Choosing one selects it everywhere.
 */
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";
import { actorNode, refIdOfNode } from "../model/buildActorGraph.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { byActivity, memoGraphView } from "../model/graphView.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";

const LIMIT = 150;

export function mountNodeList(
  container: HTMLElement,
  deps: { store: Store<ViewState>; index: DatasetIndex; derive: (s: ViewState) => Derived },
): () => void {
  const { store, index, derive } = deps;
  const graphView = memoGraphView(index);
  const summary = h("summary", {});
  const filter = h("input", { type: "search", class: "node-filter" }) as HTMLInputElement;
  const list = h("ul", { class: "node-list" });
  const details = h("details", { class: "node-list-box" }, summary, filter, list);
  container.append(details);
  filter.addEventListener("input", () => render(store.get()));
  details.addEventListener("toggle", () => render(store.get()));

  function render(s: ViewState) {
    const lang = s.lang;
    summary.textContent = t(lang, "nodeList");
    filter.placeholder = t(lang, "nodeListFilter");
    filter.setAttribute("aria-label", t(lang, "nodeListFilter"));
    if (!details.open) return;
    const d = derive(s);
    const view = graphView(d.inWindow, { hidePersons: s.hidePersons, collapse: s.collapse });
    const q = filter.value.trim().toLowerCase();
    const actors = [...view.actorCounts.entries()]
      .sort(byActivity)
      .map(([key]) => index.actorsById.get(refIdOfNode(key))!)
      .filter(
        (a) => !q || `${a.name.en}\n${a.name.zh}\n${a.short?.en ?? ""}\n${a.short?.zh ?? ""}`.toLowerCase().includes(q),
      );
    const events = d.inWindow
      .map((id) => index.eventsById.get(id)!)
      .filter((e) => !q || `${e.title.en}\n${e.title.zh}`.toLowerCase().includes(q));
    const choice = (sel: NonNullable<ViewState["sel"]>, ...label: Array<Node | string>) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "link",
            "aria-current": s.sel?.type === sel.type && s.sel.id === sel.id ? "true" : undefined,
            onclick: () => store.set({ sel }),
          },
          ...label,
        ),
      );
    // Rows only for what is listed: a wide window on a big dataset holds thousands of nodes, and
    // building them all to show the first 150 cost every update while the list is open.
    const listedActors = actors.slice(0, LIMIT);
    const listedEvents = events.slice(0, LIMIT - listedActors.length);
    const left = actors.length + events.length - LIMIT;
    const items = [
      ...listedActors.map((a) =>
        choice(
          { type: "actor", id: a.id },
          a.name[lang],
          h(
            "span",
            { class: "muted" },
            ` · ${VOCAB.actorType[a.type][lang]} · ${view.actorCounts.get(actorNode(a.id))}`,
          ),
        ),
      ),
      ...listedEvents.map((e) =>
        choice(
          { type: "event", id: e.id },
          h("span", { class: "muted" }, `${formatEventDate(e.date, lang)} · `),
          e.title[lang],
        ),
      ),
    ];
    setChildren(list, ...items, left > 0 ? h("li", { class: "muted" }, `+${left}`) : null);
  }
  render(store.get());
  const unsubscribe = store.subscribe((s) => render(s));
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
