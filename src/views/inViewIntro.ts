/**
 * The opening of the "In view" panel on the opening view (no filters, no story): the subject —
 * China and IOM — with its milestones from the data, the story that tells them and the pair's
 * connections.
 */
import type { Lang } from "../data/schema.ts";
import { formatPartialDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import { SUBJECT_PAIR, subjectMilestones, subjectStory } from "../model/subjectIntro.ts";
import { h } from "./dom.ts";
import { relationWithEvidence } from "./evidence.ts";
import type { PanelKit } from "./panelKit.ts";

export function subjectIntro(kit: PanelKit, stories: PlayableStory[], lang: Lang): HTMLElement[] {
  const { store, index } = kit;
  const story = subjectStory(stories);
  const milestones = subjectMilestones(index);
  const items: Array<HTMLElement | null> = [
    h("h2", {}, t(lang, "introTitle")),
    h("p", { class: "intro-text" }, t(lang, "introText")),
    h(
      "div",
      { class: "intro-actions" },
      story
        ? h(
            "button",
            {
              type: "button",
              class: "primary start-story",
              onclick: () => {
                store.set(viewForStep(story, 0, store.get()));
                document.documentElement.requestFullscreen?.().catch(() => undefined);
              },
            },
            t(lang, "startStory"),
          )
        : null,
      h(
        "button",
        {
          type: "button",
          class: "mini-btn subject-pair",
          onclick: () => store.set({ pair: [...SUBJECT_PAIR], via: null, sel: null }),
        },
        t(lang, "pairConnectionsButton"),
      ),
    ),
    milestones.length ? h("h3", {}, t(lang, "milestones")) : null,
    h(
      "ol",
      { class: "milestones" },
      ...milestones.map((m) =>
        h(
          "li",
          {},
          h("span", { class: "milestone-date" }, formatPartialDate(m.date, lang)),
          "relation" in m
            ? relationWithEvidence({ store, index }, m.relation, lang)
            : h(
                "button",
                {
                  type: "button",
                  class: "link",
                  "data-event": m.event,
                  onclick: () => store.set({ sel: { type: "event", id: m.event } }),
                },
                index.eventsById.get(m.event)!.title[lang],
              ),
        ),
      ),
    ),
  ];
  return items.filter((x): x is HTMLElement => x !== null);
}
