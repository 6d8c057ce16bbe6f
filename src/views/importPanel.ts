/**
 * "Open dataset": a dialog with a file picker and a drop zone (the whole window accepts drops
 * too). JSON bundles and CSV pairs are validated before anything changes; problems are listed
 * with item, field and reason, and the dataset on screen stays.
 */
import type { Lang } from "../data/schema.ts";
import { formatProblem, type Problem } from "../data/problem.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { h, setChildren } from "./dom.ts";
import { download } from "./dom.ts";

export interface ImportResult {
  ok: boolean;
  problems: Problem[];
  apply?: () => Promise<void>;
}

export interface ImportPanelDeps {
  lang: () => Lang;
  /** Validate files; on success `apply` swaps the dataset in. */
  importFiles: (files: File[]) => Promise<ImportResult>;
  exportBundle: () => Promise<Blob>;
}

export function mountImportPanel(container: HTMLElement, deps: ImportPanelDeps): () => void {
  const button = h("button", { type: "button", class: "tool-btn", "aria-haspopup": "dialog" });
  const heading = h("h2", { id: "import-title" });
  const hint = h("p", { class: "muted" });
  const input = h("input", {
    type: "file",
    multiple: true,
    accept: ".json,.csv,application/json,text/csv",
    class: "sr-only",
    id: "import-file",
    tabindex: "-1",
  }) as HTMLInputElement;
  const choose = h("button", { type: "button", class: "add-slide", onclick: () => input.click() });
  const drop = h("div", { class: "drop-zone", tabindex: "-1" });
  const report = h("div", { class: "import-report", role: "alert" });
  const exportButton = h("button", { type: "button", class: "export-deck" });
  const closeBtn = h("button", { type: "button", class: "icon-btn close", onclick: () => dialog.close() }, "×");
  const dialog = h(
    "dialog",
    { class: "stories import", "aria-labelledby": "import-title" },
    h("header", { class: "reader-head" }, heading, closeBtn),
    h(
      "div",
      { class: "stories-body" },
      hint,
      h("div", { class: "deck-actions" }, choose, input, drop),
      report,
      h("div", { class: "deck-actions" }, exportButton),
    ),
  );
  container.append(button);
  document.body.append(dialog);

  const label = () => {
    const lang = deps.lang();
    button.textContent = t(lang, "openDataset");
    heading.textContent = t(lang, "openDatasetTitle");
    hint.textContent = t(lang, "openDatasetHint");
    choose.textContent = t(lang, "chooseFiles");
    drop.textContent = t(lang, "dropHere");
    exportButton.textContent = t(lang, "exportBundle");
    input.setAttribute("aria-label", t(lang, "openDataset"));
    closeBtn.setAttribute("aria-label", t(lang, "close"));
  };
  button.addEventListener("click", () => {
    report.replaceChildren();
    dialog.showModal();
  });
  exportButton.addEventListener("click", () =>
    deps.exportBundle().then(
      (blob) => download(blob, "liaison-dataset.json"),
      (error: unknown) => setChildren(report, h("p", {}, describeFailure(deps.lang(), "whatExport", error))),
    ),
  );

  async function handle(files: File[]) {
    if (!files.length) return;
    const result = await deps.importFiles(files);
    if (result.ok && result.apply) {
      report.replaceChildren();
      if (dialog.open) dialog.close();
      await result.apply();
      return;
    }
    const lang = deps.lang();
    setChildren(
      report,
      h("p", {}, t(lang, "importProblems", { n: result.problems.length })),
      h("ul", { class: "problem-list" }, ...result.problems.slice(0, 200).map((p) => h("li", {}, formatProblem(p)))),
    );
    if (!dialog.open) dialog.showModal();
  }
  input.addEventListener("change", () => {
    void handle([...(input.files ?? [])]);
    input.value = "";
  });
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes("Files")) {
      e.preventDefault();
      document.body.classList.add("dragging");
    }
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.relatedTarget) document.body.classList.remove("dragging");
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    document.body.classList.remove("dragging");
    void handle([...e.dataTransfer.files]);
  };
  window.addEventListener("dragover", onDragOver);
  window.addEventListener("dragleave", onDragLeave);
  window.addEventListener("drop", onDrop);
  label();
  // The panel outlives each explorer (it replaces them), so it follows the page's language
  // rather than a store: the explorer sets <html lang> on every switch.
  const relabel = new MutationObserver(label);
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  return () => {
    relabel.disconnect();
    window.removeEventListener("dragover", onDragOver);
    window.removeEventListener("dragleave", onDragLeave);
    window.removeEventListener("drop", onDrop);
    dialog.remove();
    container.replaceChildren();
  };
}
