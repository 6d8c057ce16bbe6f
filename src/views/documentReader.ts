/**
 * The document reader: a dialog with the full source text, scrolled to the cited passage and
 * highlighted. The passage is found the same way the validator checks quotes.
 */
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { locatePassage } from "../model/locatePassage.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";

export interface ReaderDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  loadText: (file: string) => Promise<string>;
}

export function mountDocumentReader(host: HTMLElement, deps: ReaderDeps): () => void {
  const { store, index } = deps;
  const title = h("h2", { id: "reader-title" });
  const status = h("p", { class: "reader-status", role: "status" });
  const text = h("div", { class: "doc-text", tabindex: "0" });
  const close = h(
    "button",
    { type: "button", class: "icon-btn close", onclick: () => store.set({ reader: null }) },
    "×",
  );
  const dialog = h(
    "dialog",
    { class: "reader", "aria-labelledby": "reader-title" },
    h("header", { class: "reader-head" }, title, close),
    status,
    text,
  );
  host.append(dialog);
  dialog.addEventListener("close", () => {
    if (store.get().reader) store.set({ reader: null });
  });
  let shown = "";
  let request = 0;

  async function sync(s: ViewState) {
    const key = s.reader ? `${s.lang}|${s.reader.source}|${s.reader.quote}` : "";
    if (key === shown) return;
    shown = key;
    if (!s.reader) {
      if (dialog.open) dialog.close();
      return;
    }
    const source = index.dataset.sources.find((x) => x.id === s.reader!.source);
    if (!source) return;
    close.setAttribute("aria-label", t(s.lang, "close"));
    title.textContent = `${t(s.lang, "documentReader")}${s.lang === "zh" ? "：" : ": "}${source.title[s.lang]}`;
    text.setAttribute("lang", source.language === "zh" ? "zh-Hans" : "en");
    status.textContent = t(s.lang, "loading");
    status.classList.remove("is-error");
    text.replaceChildren();
    if (!dialog.open) dialog.showModal();
    const mine = ++request;
    let content: string;
    try {
      content = await deps.loadText(source.file);
    } catch (error) {
      if (mine !== request) return;
      // Closing and opening the passage again tries again (the failed fetch is not kept).
      status.textContent = describeFailure(s.lang, "whatDocument", error);
      status.classList.add("is-error");
      return;
    }
    if (mine !== request) return;
    status.classList.remove("is-error");
    const at = locatePassage(content, s.reader.quote);
    if (!at) {
      status.textContent = t(s.lang, "passageNotFound");
      setChildren(text, content);
      return;
    }
    status.textContent = "";
    const mark = h("mark", { id: "cited-passage" }, content.slice(at.start, at.end));
    setChildren(text, content.slice(0, at.start), mark, content.slice(at.end));
    mark.scrollIntoView({ block: "center" });
  }

  void sync(store.get());
  const unsubscribe = store.subscribe((s) => void sync(s));
  return () => {
    unsubscribe();
    dialog.remove();
  };
}
