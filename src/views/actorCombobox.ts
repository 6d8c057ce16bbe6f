/**
 * An actor picker: a text field that lists the actors matching what is typed (ARIA combobox with
 * a listbox), chosen with the mouse or with ↑ ↓ Enter, closed with Escape or on leaving the field.
 * The filter bar's actor search and the details panel's "Connections with…" are both this.
 */
import type { Actor, Lang } from "../data/schema.ts";
import { h, setChildren } from "./dom.ts";

export interface ActorComboboxOptions {
  /** The listbox's id; the options' ids are `${optionId}-${i}` */
  listId: string;
  optionId: string;
  inputClass: string;
  inputId?: string;
  /** The actors to offer for a text, best first */
  search: (text: string) => Actor[];
  /** What tells similar names apart, shown muted after the name (or nothing) */
  detail: (actor: Actor, lang: Lang) => string;
  lang: () => Lang;
  onPick: (id: string) => void;
}

export function actorCombobox(o: ActorComboboxOptions): { input: HTMLInputElement; list: HTMLElement } {
  const input = h("input", {
    type: "text",
    class: o.inputClass,
    ...(o.inputId ? { id: o.inputId } : {}),
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": o.listId,
    autocomplete: "off",
  }) as HTMLInputElement;
  const list = h("ul", { class: "actor-options", id: o.listId, role: "listbox", hidden: true });
  let active = -1;
  const render = () => {
    const lang = o.lang();
    const matches = o.search(input.value);
    active = Math.min(active, matches.length - 1);
    setChildren(
      list,
      ...matches.map((a, i) => {
        const detail = o.detail(a, lang);
        return h(
          "li",
          {
            role: "option",
            id: `${o.optionId}-${i}`,
            class: i === active ? "active" : "",
            "aria-selected": i === active ? "true" : "false",
            "data-id": a.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(a.id);
            },
          },
          h("span", {}, a.name[lang]),
          detail ? h("span", { class: "muted" }, ` ${detail}`) : null,
        );
      }),
    );
    list.hidden = matches.length === 0;
    if (!list.hidden) keepOnScreen(list);
    input.setAttribute("aria-expanded", String(matches.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${o.optionId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
    return matches;
  };
  const pick = (id: string) => {
    o.onPick(id);
    input.value = "";
    active = -1;
    render();
  };
  input.addEventListener("input", () => {
    active = 0;
    render();
  });
  input.addEventListener("blur", () => window.setTimeout(() => (list.hidden = true), 100));
  input.addEventListener("keydown", (e) => {
    const matches = render();
    if (e.key === "ArrowDown") active = Math.min(matches.length - 1, active + 1);
    else if (e.key === "ArrowUp") active = Math.max(0, active - 1);
    else if (e.key === "Enter" && matches[active]) return void (e.preventDefault(), pick(matches[active].id));
    else if (e.key === "Escape") list.hidden = true;
    else return;
    e.preventDefault();
    render();
  });
  return { input, list };
}

/** A list wider than the room right of its box (the actor box on a phone) moves left to stay on screen. */
function keepOnScreen(list: HTMLElement) {
  list.style.left = "";
  const r = list.getBoundingClientRect();
  const over = r.right - (document.documentElement.clientWidth - 8);
  if (over > 0) list.style.left = `${-Math.min(over, r.left - 8)}px`;
}
