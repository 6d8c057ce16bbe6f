/** A dismissible notice, e.g. what a pasted link contained that could not be restored. */
import { t } from "../model/i18n.ts";
import type { Lang } from "../data/schema.ts";
import { h } from "./dom.ts";

export function showNotice(host: HTMLElement, lang: Lang, message: string): void {
  const note = h("div", { class: "notice", role: "status" }, h("span", {}, message));
  note.append(
    h(
      "button",
      { type: "button", class: "icon-btn", "aria-label": t(lang, "dismiss"), onclick: () => note.remove() },
      "×",
    ),
  );
  host.append(note);
}
