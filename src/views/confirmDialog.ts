/**
 * An in-app confirmation for an action that cannot be undone: a small modal dialog (above any
 * dialog already open) with a heading, the question and two buttons — Cancel focused first, so
 * Enter alone never destroys anything; Esc cancels. Resolves true only for the confirming button.
 */
import { h } from "./dom.ts";

export interface ConfirmOptions {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
}

let opened = 0;

export function confirmInApp(opts: ConfirmOptions): Promise<boolean> {
  const id = `confirm-${++opened}`;
  return new Promise((resolve) => {
    const cancel = h("button", { type: "button", class: "confirm-cancel", value: "cancel" }, opts.cancel);
    const confirm = h("button", { type: "button", class: "confirm-ok danger", value: "ok" }, opts.confirm);
    const dialog = h(
      "dialog",
      { class: "confirm", role: "alertdialog", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-text` },
      h("h2", { id: `${id}-title` }, opts.title),
      h("p", { id: `${id}-text` }, opts.message),
      h("div", { class: "confirm-buttons" }, cancel, confirm),
    );
    let answer = false;
    cancel.addEventListener("click", () => dialog.close());
    confirm.addEventListener("click", () => {
      answer = true;
      dialog.close();
    });
    // Esc is the dialog's own cancel: it closes this one only, not the dialog beneath.
    dialog.addEventListener("keydown", (e) => {
      if (e.key === "Escape") e.stopPropagation();
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
