/**
 * The presenter view: a second window (the app's page opened at #presenter) for the laptop beside
 * the projector. It loads no data: the projected window sends the current step (headline, text,
 * notes, citations, the next step) over a BroadcastChannel, and this window sends back the keys.
 */
import { t } from "../model/i18n.ts";
import {
  formatElapsed,
  PRESENTER_CHANNEL,
  type PresenterCommand,
  type PresenterMessage,
  type PresenterState,
} from "../model/presenterMessages.ts";
import { h, setChildren } from "./dom.ts";

export function mountPresenterView(root: HTMLElement, lang: "en" | "zh"): () => void {
  document.body.classList.add("presenter-window");
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  const send = (m: PresenterCommand) => channel.postMessage(m);
  const clock = h("span", { class: "pv-clock" }, "0:00");
  const main = h("div", { class: "pv-main" });
  let state: PresenterState | null = null;
  document.title = t(lang, "presenterView");

  const render = () => {
    const l = state?.lang ?? lang;
    document.documentElement.lang = l === "zh" ? "zh-Hans" : "en";
    if (!state) {
      setChildren(main, h("p", { class: "pv-waiting" }, t(l, "presenterWaiting")));
      return;
    }
    const s = state;
    document.title = `${t(l, "presenterView")} · ${s.title}`;
    setChildren(
      main,
      h(
        "header",
        { class: "pv-head" },
        h("strong", {}, s.title),
        h("span", { class: "pv-count" }, t(l, "stepOf", { n: s.step + 1, total: s.total })),
        clock,
      ),
      h(
        "div",
        { class: "pv-cols" },
        h(
          "section",
          { class: "pv-current" },
          h("h2", {}, s.headline),
          h("p", { class: "pv-text" }, s.text),
          s.picks.length
            ? h(
                "div",
                { class: "pv-picks" },
                h("h3", {}, t(l, "presenterPicks")),
                h(
                  "ul",
                  {},
                  ...s.picks.map((p) =>
                    h(
                      "li",
                      { "data-pick": p.type },
                      h("span", { class: "pick-kind" }, t(l, p.type === "event" ? "pickEvent" : "pickActor")),
                      ` ${p.name}`,
                    ),
                  ),
                ),
              )
            : null,
          h("h3", {}, t(l, "speakerNotes")),
          h("p", { class: "pv-notes" }, s.notes),
          h(
            "ol",
            { class: "pv-cites" },
            ...s.citations.map((c) =>
              h("li", {}, h("q", { lang: c.lang === "zh" ? "zh-Hans" : "en" }, c.quote), ` — ${c.source}`),
            ),
          ),
        ),
        h(
          "section",
          { class: "pv-next" },
          h("h3", {}, t(l, "nextStep")),
          s.next ? h("p", { class: "pv-next-headline" }, s.next.headline) : h("p", {}, t(l, "lastStep")),
          s.next ? h("p", {}, s.next.text) : null,
        ),
      ),
      h(
        "div",
        { class: "pv-buttons" },
        h("button", { type: "button", onclick: () => send({ type: "go", delta: -1 }) }, `← ${t(l, "previousStep")}`),
        h("button", { type: "button", onclick: () => send({ type: "go", delta: 1 }) }, `${t(l, "nextStep")} →`),
        h("button", { type: "button", onclick: () => send({ type: "blank" }) }, t(l, "blankScreen")),
      ),
    );
    tick();
  };
  const tick = () => {
    if (state?.startedAt) clock.textContent = formatElapsed(Date.now() - state.startedAt);
  };
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    state = e.data?.type === "state" ? e.data : null;
    render();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    if (k === "ArrowRight" || k === "PageDown" || k === " ") send({ type: "go", delta: 1 });
    else if (k === "ArrowLeft" || k === "PageUp") send({ type: "go", delta: -1 });
    else if (k === "Home") send({ type: "goto", step: 0 });
    else if (k === "End") send({ type: "goto", step: Number.MAX_SAFE_INTEGER });
    else if (k === "b" || k === "B" || k === ".") send({ type: "blank" });
    else return;
    e.preventDefault();
  };
  window.addEventListener("keydown", onKey);
  const timer = window.setInterval(tick, 1000);
  root.replaceChildren(main);
  render();
  send({ type: "hello" });
  return () => {
    clearInterval(timer);
    window.removeEventListener("keydown", onKey);
    channel.close();
  };
}
