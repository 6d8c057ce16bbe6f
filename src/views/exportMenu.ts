/**
 * Export menu: network PNG, timeline PNG/SVG, visible events CSV, visible graph GEXF, visible data
 * JSON, copy link and the handout. Every export is of what is on screen now.
 */
import type { Capabilities } from "../state/capabilities.ts";
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { describeFilters, describeWindow, suggestImageTitle } from "../model/describeView.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t, type StringKey } from "../model/i18n.ts";
import type { ActorGraph } from "../model/buildActorGraph.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { SLIDE_IMAGE, timelineImageOptions } from "./imageOptions.ts";
import { retryingImport } from "./retryingImport.ts";

const exporters = retryingImport(() => import("./exporters.ts"));

export interface ExportDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  /** The whole graph (a big dataset's is completed first) */
  graph: () => ActorGraph;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
  openHandout: () => Promise<void>;
  toast: (message: string) => void;
  /** Shows a lasting notice (an export that failed, say) */
  notify: (message: string) => void;
  themeColor: (id: string) => string;
  /** The story or deck being presented, for the slide exports (null: the current view as one slide) */
  exportSlides: (format: "pptx" | "pdf") => Promise<void>;
}

export function exportTitle(deps: Pick<ExportDeps, "index">, s: ViewState): { title: string; subtitle: string } {
  const lang = s.lang;
  const filters = describeFilters(deps.index, s, lang);
  return {
    title: `${t(lang, "appTitle")} — ${describeWindow(s, lang)}`,
    subtitle: filters.length ? filters.join(" · ") : `${t(lang, "activeFilters")}: ${t(lang, "noFilters")}`,
  };
}

export function mountExportMenu(container: HTMLElement, deps: ExportDeps): () => void {
  const { store, index, derive } = deps;
  const stamp = () => {
    const s = store.get();
    // Without a window, the dataset's own years (an imported dataset need not span 2001–2018).
    const first = new Date(index.extent.start).getUTCFullYear();
    const last = new Date(index.extent.end - 1).getUTCFullYear();
    return `liaison-${s.from ?? first}_${s.to ?? last}`;
  };

  const actions: Array<[StringKey, string, () => Promise<void> | void]> = [
    [
      "exportNetworkPng",
      "network-png",
      async () => {
        const s = store.get();
        const net = deps.capabilities.network;
        if (!net) return;
        const title = imageTitle();
        const types = [...new Set(index.dataset.actors.map((a) => a.type))];
        const { renderNetworkImage, canvasToBlob, download } = await exporters();
        const canvas = await renderNetworkImage(net, {
          lang: s.lang,
          title,
          window: describeWindow(s, s.lang),
          filters: describeFilters(index, s, s.lang),
          actorTypes: types,
          ...SLIDE_IMAGE,
        });
        download(await canvasToBlob(canvas), `${stamp()}-network.png`);
      },
    ],
    [
      "exportTimelinePng",
      "timeline-png",
      async () => {
        const { canvasToBlob, download, svgToCanvas } = await exporters();
        const svg = await timelineSvg();
        download(await canvasToBlob(await svgToCanvas(svg)), `${stamp()}-timeline.png`);
      },
    ],
    [
      "exportTimelineSvg",
      "timeline-svg",
      async () => {
        const { download, svgToString } = await exporters();
        download(new Blob([svgToString(await timelineSvg())], { type: "image/svg+xml" }), `${stamp()}-timeline.svg`);
      },
    ],
    [
      "exportCsv",
      "csv",
      async () => {
        const s = store.get();
        const { download, eventsToCsv } = await exporters();
        download(
          new Blob([eventsToCsv(index, derive(s).inWindow, s.lang)], { type: "text/csv;charset=utf-8" }),
          `${stamp()}-events.csv`,
        );
      },
    ],
    [
      "exportGexf",
      "gexf",
      async () => {
        const s = store.get();
        const view = deps.capabilities.network?.graphView();
        if (!view) return;
        const graph = deps.graph();
        const { download, graphToGexf } = await exporters();
        download(
          new Blob([graphToGexf(index, graph, view, exportTitle(deps, s).title)], { type: "application/gexf+xml" }),
          `${stamp()}-graph.gexf`,
        );
      },
    ],
    [
      "exportJson",
      "json",
      async () => {
        const s = store.get();
        const { download, toBundle, datasetSubset } = await exporters();
        download(
          new Blob([toBundle(datasetSubset(index, derive(s).inWindow))], { type: "application/json" }),
          `${stamp()}-data.json`,
        );
      },
    ],
    [
      "copyLink",
      "copy-link",
      async () => {
        try {
          await navigator.clipboard.writeText(location.href);
        } catch {
          // Clipboard refused (permissions): select the link in a prompt-free way instead.
          const input = h("input", { value: location.href }) as HTMLInputElement;
          document.body.append(input);
          input.select();
          document.execCommand("copy");
          input.remove();
        }
        deps.toast(t(store.get().lang, "linkCopied"));
      },
    ],
    [
      "handout",
      "handout",
      async () => {
        try {
          await deps.openHandout();
        } catch (error) {
          deps.notify(describeFailure(store.get().lang, "whatHandout", error));
        }
      },
    ],
    ["exportPptx", "pptx", () => deps.exportSlides("pptx")],
    ["exportSlidesPdf", "slides-pdf", () => deps.exportSlides("pdf")],
  ];

  async function timelineSvg() {
    const s = store.get();
    const d = derive(s);
    const { subtitle } = exportTitle(deps, s);
    const title = imageTitle();
    const { buildTimelineSvg } = await exporters();
    return buildTimelineSvg(
      index,
      d.inWindow,
      d.window,
      timelineImageOptions(index, s, deps.themeColor, title, subtitle),
    );
  }

  /** The network and timeline images' title: prefilled from the view each time the menu opens. */
  const titleInput = h("input", {
    type: "text",
    class: "image-title-input",
    maxlength: "200",
  }) as HTMLInputElement;
  const titleLabel = h("span", {});
  const titleField = h("label", { class: "image-title-field", role: "none" }, titleLabel, titleInput);
  const imageTitle = () => titleInput.value.trim() || suggestImageTitle(index, store.get(), store.get().lang);
  const menu = h("div", { class: "menu", role: "menu", hidden: true });
  const button = h("button", { type: "button", class: "tool-btn", "aria-haspopup": "menu", "aria-expanded": "false" });
  const close = () => {
    menu.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  button.addEventListener("click", () => {
    menu.hidden = !menu.hidden;
    button.setAttribute("aria-expanded", String(!menu.hidden));
    if (!menu.hidden) {
      const s = store.get();
      titleInput.value = suggestImageTitle(index, s, s.lang);
      (menu.querySelector("button") as HTMLButtonElement | null)?.focus();
    }
  });
  const onOutsideClick = (e: MouseEvent) => {
    if (!container.contains(e.target as Node)) close();
  };
  document.addEventListener("click", onOutsideClick);
  menu.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      // Handled: a presentation under the menu stays on.
      e.preventDefault();
      close();
      button.focus();
    }
  });
  container.append(button, menu);

  let lang = "";
  const sync = (s: ViewState) => {
    if (s.lang === lang) return;
    lang = s.lang;
    button.textContent = `${t(s.lang, "export")} ▾`;
    titleLabel.textContent = t(s.lang, "imageTitleLabel");
    setChildren(
      menu,
      titleField,
      ...actions.map(([label, id, run]) =>
        h(
          "button",
          {
            type: "button",
            role: "menuitem",
            "data-export": id,
            onclick: () => {
              close();
              // The export code loads on first use: without a network (and no offline copy yet)
              // that fails, and the user is told so rather than nothing happening.
              Promise.resolve()
                .then(run)
                .catch((error: unknown) => deps.notify(describeFailure(store.get().lang, "whatExport", error)));
            },
          },
          t(s.lang, label),
        ),
      ),
    );
  };
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    document.removeEventListener("click", onOutsideClick);
    container.replaceChildren();
  };
}
