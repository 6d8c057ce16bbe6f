/**
 * The filter bar: theme chips with counts, kind and grouping menus, actor search with completion
 * in both languages, free-text search, toggles, "clear all" and the language switch.
 */
import type { Store } from "../state/store.ts";
import type { Deriver } from "../state/derive.ts";
import type { Lang } from "../data/schema.ts";
import { parentName, searchActors } from "../model/actorSearch.ts";
import { actorShortName } from "../model/relationText.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import { clearFilters, hasActiveFilters, toggleIn, type Grouping, type ViewState } from "../model/viewState.ts";
import { actorCombobox } from "./actorCombobox.ts";
import { h, setChildren } from "./dom.ts";
import { markScrollEdges } from "./scrollEdges.ts";

export interface FilterBarDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: Deriver;
  themeColor: (id: string) => string;
}

export function mountFilterBar(container: HTMLElement, deps: FilterBarDeps): () => void {
  const { store, index, derive, themeColor } = deps;
  const set = (u: Partial<ViewState> | ((s: ViewState) => ViewState)) => store.set(u);

  const search = h("input", { type: "search", class: "search", id: "q" }) as HTMLInputElement;
  let searchTimer = 0;
  search.addEventListener("input", () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => set({ q: search.value }), 150);
  });

  const { input: actorInput, list: actorList } = actorCombobox({
    listId: "actor-options",
    optionId: "actor-opt",
    inputClass: "actor-input",
    inputId: "actor-search",
    search: (text) => searchActors(index, text).filter((a) => !store.get().actors.includes(a.id)),
    // The parent tells similar names apart ("Ministry of Public Security · China").
    detail: (a, lang) =>
      [parentName(index, a, lang), a.name[lang === "en" ? "zh" : "en"], VOCAB.actorType[a.type][lang]]
        .filter(Boolean)
        .join(" · "),
    lang: () => store.get().lang,
    onPick: (id) => set((s) => ({ ...s, actors: s.actors.includes(id) ? s.actors : [...s.actors, id] })),
  });

  const themeRow = h("div", { class: "chips", role: "group" });
  // Theme chips are made once and updated in place: replaced on every change, they took the
  // keyboard focus away from the chip just pressed (and rebuilt ~50 elements per toggle).
  const themeChips = index.dataset.themes.map((th) => {
    const label = h("span", { class: "chip-label" });
    const count = h("span", { class: "chip-count" });
    const button = h(
      "button",
      {
        type: "button",
        class: "chip",
        "data-theme": th.id,
        onclick: () => set((st) => ({ ...st, themes: toggleIn(st.themes, th.id) })),
      },
      h("span", { class: "swatch", style: `background:${themeColor(th.id)}` }),
      label,
      count,
    );
    return { th, button, label, count };
  });
  themeRow.append(...themeChips.map((chip) => chip.button));
  const stopEdges = markScrollEdges(themeRow);
  const actorChips = h("div", { class: "chips actor-chips" });
  // Any of / all of the chosen actors, shown once two or more are chosen.
  const matchButton = (match: "any" | "all") =>
    h("button", {
      type: "button",
      class: "seg",
      "data-match": match,
      onclick: () => set({ match }),
    });
  const matchAny = matchButton("any");
  const matchAll = matchButton("all");
  const matchGroup = h("div", { class: "segmented match-switch", role: "group", hidden: true }, matchAny, matchAll);
  const pairButton = h("button", {
    type: "button",
    class: "mini-btn open-pair",
    hidden: true,
    onclick: () => {
      const [a, b] = store.get().actors;
      set({ pair: [a, b], via: null, sel: null });
    },
  });
  const kindSelect = h("select", { class: "kind-select", id: "kind" }) as HTMLSelectElement;
  kindSelect.addEventListener("change", () => set({ kinds: kindSelect.value ? [kindSelect.value] : [] }));
  const groupSelect = h("select", { class: "group-select", id: "group" }) as HTMLSelectElement;
  groupSelect.addEventListener("change", () => set({ group: groupSelect.value as Grouping }));
  const toggle = (key: "hidePlanned" | "hidePersons" | "collapse" | "showStatus", invert = false) => {
    const box = h("input", { type: "checkbox", "data-key": key }) as HTMLInputElement;
    box.addEventListener("change", () => set({ [key]: invert ? !box.checked : box.checked }));
    return box;
  };
  const plannedBox = toggle("hidePlanned", true);
  const personsBox = toggle("hidePersons");
  const collapseBox = toggle("collapse");
  const statusBox = toggle("showStatus");
  const labels = {
    q: h("label", { for: "q", class: "sr-only" }),
    actor: h("label", { for: "actor-search", class: "sr-only" }),
    kind: h("label", { for: "kind" }),
    group: h("label", { for: "group" }),
  };
  const plannedLabel = h("label", { class: "toggle" }, plannedBox, h("span"));
  const personsLabel = h("label", { class: "toggle" }, personsBox, h("span"));
  const collapseLabel = h("label", { class: "toggle" }, collapseBox, h("span"));
  const statusLabel = h("label", { class: "toggle" }, statusBox, h("span"));
  const clearButton = h("button", { type: "button", class: "clear", onclick: () => set(clearFilters) });
  const countLong = h("span", { class: "count-long" });
  const countShort = h("span", { class: "count-short" });
  const count = h("div", { class: "count", role: "status", "aria-live": "polite" }, countLong, countShort);
  const langButton = h("button", {
    type: "button",
    class: "lang",
    onclick: () => set((s) => ({ ...s, lang: s.lang === "en" ? "zh" : "en" })),
  });

  // On a narrow window the filters fold away behind this button (CSS shows it only there).
  const disclose = h("button", {
    type: "button",
    class: "disclose",
    "aria-expanded": "false",
    "aria-controls": "filter-panel",
    onclick: () => {
      const open = !container.classList.contains("open");
      container.classList.toggle("open", open);
      disclose.setAttribute("aria-expanded", String(open));
    },
  });
  container.id = "filter-panel-host";
  container.append(
    h("div", { class: "filter-top" }, disclose, count, langButton),
    h(
      "div",
      { class: "filter-row", id: "filter-panel" },
      labels.q,
      search,
      h("div", { class: "actor-box" }, labels.actor, actorInput, actorList),
      actorChips,
      matchGroup,
      pairButton,
      h("div", { class: "field" }, labels.kind, kindSelect),
      h("div", { class: "field" }, labels.group, groupSelect),
      plannedLabel,
      statusLabel,
      personsLabel,
      collapseLabel,
      clearButton,
    ),
    themeRow,
  );

  let lastLang: Lang | null = null;
  let lastFiltered: string[] | null = null;
  let lastChipsLang = "";
  let countedFor: string[] | null = null;
  let shownByTheme = new Map<string, number>();
  const totalByTheme = new Map<string, number>();
  for (const e of index.dataset.events)
    for (const th of e.themes) totalByTheme.set(th, (totalByTheme.get(th) ?? 0) + 1);
  function sync(s: ViewState) {
    const lang = s.lang;
    const d = derive(s);
    if (lastLang !== lang) {
      lastLang = lang;
      search.placeholder = t(lang, "searchPlaceholder");
      labels.q.textContent = t(lang, "searchLabel");
      actorInput.placeholder = t(lang, "actorSearchPlaceholder");
      labels.actor.textContent = t(lang, "actorSearchLabel");
      labels.kind.textContent = t(lang, "kinds");
      labels.group.textContent = t(lang, "groupBy");
      themeRow.setAttribute("aria-label", t(lang, "themes"));
      setChildren(
        kindSelect,
        h("option", { value: "" }, t(lang, "allKinds")),
        ...Object.entries(VOCAB.kind)
          .filter(([k]) => index.dataset.events.some((e) => e.kind === k))
          .map(([k, v]) => h("option", { value: k }, v[lang])),
      );
      setChildren(
        groupSelect,
        h("option", { value: "none" }, t(lang, "groupNone")),
        h("option", { value: "theme" }, t(lang, "groupTheme")),
        h("option", { value: "actor-type" }, t(lang, "groupActorType")),
      );
      plannedLabel.lastElementChild!.textContent = t(lang, "planned");
      personsLabel.lastElementChild!.textContent = t(lang, "hidePersons");
      collapseLabel.lastElementChild!.textContent = t(lang, "collapseHierarchy");
      statusLabel.lastElementChild!.textContent = t(lang, "showRelations");
      clearButton.textContent = t(lang, "clearAll");
      disclose.textContent = t(lang, "filters");
      langButton.textContent = t(lang, "switchLanguage");
      // The accessible name starts with the visible text (WCAG 2.5.3), then says what it does.
      langButton.setAttribute("aria-label", `${t(lang, "switchLanguage")} — ${t(lang, "switchLanguageLabel")}`);
      langButton.setAttribute("lang", lang === "en" ? "zh" : "en");
    }
    if (search.value !== s.q && document.activeElement !== search) search.value = s.q;
    kindSelect.value = s.kinds[0] ?? "";
    groupSelect.value = s.group;
    plannedBox.checked = !s.hidePlanned;
    personsBox.checked = s.hidePersons;
    collapseBox.checked = s.collapse;
    statusBox.checked = s.showStatus;
    clearButton.disabled = !hasActiveFilters(s);
    const several = s.actors.length > 1;
    if (matchGroup.hidden === several) matchGroup.hidden = !several;
    if (several) {
      matchGroup.setAttribute("aria-label", t(lang, "matchLabel"));
      for (const [button, m] of [
        [matchAny, "any"],
        [matchAll, "all"],
      ] as const) {
        button.textContent = t(lang, m === "any" ? "matchAny" : "matchAll");
        button.title = t(lang, m === "any" ? "matchAnyTitle" : "matchAllTitle");
        button.setAttribute("aria-pressed", String(s.match === m));
      }
    }
    pairButton.hidden = s.actors.length !== 2;
    if (s.actors.length === 2) {
      const [a, b] = s.actors.map((id) => actorShortName(index, id, lang));
      pairButton.textContent = t(lang, "openConnections", { a, b });
    }

    // A phone's bar has room for the short form only (CSS shows one of the two).
    const numbers = { shown: d.filtered.length, total: index.dataset.events.length, n: d.inWindow.length };
    countLong.textContent = `${t(lang, "eventsCount", numbers)} · ${t(lang, "inWindow", numbers)}`;
    countShort.textContent = t(lang, "eventsCountShort", numbers);
    // Chips change only with the filters (the deriver's same array until they change) or the
    // language, not while the timeline pans.
    if (d.filtered === lastFiltered && lang === lastChipsLang) return;
    const relabel = lang !== lastChipsLang;
    lastFiltered = d.filtered;
    lastChipsLang = lang;
    // Theme chips: count = events of the theme passing the other filters / all events of the theme.
    // The same array while only themes change, so toggling a theme does not count again.
    const others = derive.filtered({ ...s, themes: [] });
    if (others !== countedFor) {
      countedFor = others;
      shownByTheme = new Map();
      for (const id of others)
        for (const th of index.eventsById.get(id)!.themes) shownByTheme.set(th, (shownByTheme.get(th) ?? 0) + 1);
    }
    for (const { th, button, label, count } of themeChips) {
      const on = s.themes.includes(th.id);
      button.classList.toggle("on", on);
      button.setAttribute("aria-pressed", String(on));
      const counted = `${shownByTheme.get(th.id) ?? 0}/${totalByTheme.get(th.id) ?? 0}`;
      if (count.textContent !== counted) count.textContent = counted;
      if (relabel) {
        label.textContent = th.label[lang];
        // A long label is cut to the chip's width: the tooltip keeps it whole.
        button.title = `${th.label[lang]}${lang === "zh" ? "：" : ": "}${th.definition[lang]}`;
      }
    }
    setChildren(
      actorChips,
      ...s.actors.map((id) => {
        const a = index.actorsById.get(id);
        const name = a ? (a.short ?? a.name)[lang] : id;
        return h(
          "button",
          {
            type: "button",
            class: "chip on actor-chip",
            "aria-label": t(lang, "removeFilter", { name }),
            onclick: () => set((st) => ({ ...st, actors: st.actors.filter((x) => x !== id) })),
          },
          name,
          h("span", { "aria-hidden": "true" }, " ×"),
        );
      }),
    );
  }

  sync(store.get());
  const unsubscribe = store.subscribe((s) => sync(s));
  return () => {
    unsubscribe();
    stopEdges();
    container.replaceChildren();
  };
}
