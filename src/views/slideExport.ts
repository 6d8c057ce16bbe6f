/**
 * Slides out: a story or deck as PowerPoint (pptxgenjs, loaded only here, on export) or as a PDF
 * with one page per slide (the browser's print of a slides-only page). Each step is shown in turn
 * (the same view state its link gives), and its timeline and network images are taken from that
 * view; the view the user had is put back at the end. A slide: headline, the short text, the two
 * images, numbered citations; the step's longer text and the citations are the speaker notes.
 */
import type { Capabilities } from "../state/capabilities.ts";
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { describeFilters, describeWindow } from "../model/describeView.ts";
import { t } from "../model/i18n.ts";
import { slideFileName } from "../model/fileNames.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { download, h, setChildren } from "./dom.ts";
import { SLIDE_IMAGE, timelineImageOptions } from "./imageOptions.ts";
import { renderNetworkImage } from "./networkImage.ts";
import { buildTimelineSvg, svgToCanvas, svgToString } from "./timelineSvg.ts";

export interface SlideExportDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
  themeColor: (id: string) => string;
  toast: (message: string) => void;
}

export interface SlideContent {
  headline: string;
  text: string;
  notes: string;
  citations: Array<{ n: number; quote: string; source: string }>;
  timeline: string; // PNG data URL
  network: string | null;
}

/**
 * A slide (13.33 × 7.5 in): headline across the top, the text and citations in a column on the
 * left, and the two images filling the picture area on the right, one above the other. Each image
 * is drawn at its box's own aspect (no title block: the slide's headline says it), at about 176 px
 * an inch, so that its 26 px type prints at about 11 pt.
 */
export const SLIDE_LAYOUT = {
  text: { x: 0.5, w: 4.35 },
  pictures: { x: 5.05, y: 1.55, w: 7.88 },
  timeline: { h: 2.35 },
  gap: 0.1,
  network: { h: 3.45 },
  pxPerInch: 176,
};
const imagePx = (w: number, h: number) => ({
  width: Math.round(w * SLIDE_LAYOUT.pxPerInch),
  height: Math.round(h * SLIDE_LAYOUT.pxPerInch),
});
export const SLIDE_TIMELINE_PX = imagePx(SLIDE_LAYOUT.pictures.w, SLIDE_LAYOUT.timeline.h);
export const SLIDE_NETWORK_PX = imagePx(SLIDE_LAYOUT.pictures.w, SLIDE_LAYOUT.network.h);

/** The last slides' timeline SVGs (browser tests read their focal titles; a PNG has no text to read). */
const slideTimelines: string[] = [];
(window as unknown as { liaisonSlides?: unknown }).liaisonSlides = { timelines: () => slideTimelines.slice() };

/**
 * The deck's theme fonts, which every run uses: Arial for Latin text (PowerPoint users have it;
 * LibreOffice draws it in the metric-compatible Liberation Sans) and, from pptxgenjs's theme,
 * 等线 for Chinese, which LibreOffice replaces with the system's CJK face.
 */
export const SLIDE_THEME = { headFontFace: "Arial", bodyFontFace: "Arial" };

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Each step of the story shown in turn and captured; the user's view restored afterwards. */
export async function captureSlides(deps: SlideExportDeps, story: PlayableStory): Promise<SlideContent[]> {
  const { store, index } = deps;
  const before = store.get();
  const lang = before.lang;
  const sourceTitle = (id: string) => index.dataset.sources.find((x) => x.id === id)?.title[lang] ?? id;
  const out: SlideContent[] = [];
  slideTimelines.length = 0;
  try {
    for (let i = 0; i < story.steps.length; i++) {
      deps.toast(t(lang, "exportingSlides", { n: i + 1, total: story.steps.length }));
      const step = story.steps[i];
      // The step as its link shows it, out of presentation (the camera and window are the step's).
      store.set({ ...viewForStep(story, i, before), story: null, step: 0 });
      await frames();
      await settle(700); // the camera's and the window's animations
      const s = store.get();
      const d = deps.derive(s);
      const headline = step.headline[lang];
      const svg = buildTimelineSvg(index, d.inWindow, d.window, {
        ...timelineImageOptions(index, s, deps.themeColor, headline, describeWindow(s, lang)),
        ...SLIDE_TIMELINE_PX,
        fontSize: 26,
        bare: true,
      });
      slideTimelines.push(svgToString(svg));
      const timeline = (await svgToCanvas(svg)).toDataURL("image/png");
      const net = deps.capabilities.network;
      const network = net
        ? (
            await renderNetworkImage(net, {
              lang,
              title: headline,
              window: describeWindow(s, lang),
              filters: describeFilters(index, s, lang),
              actorTypes: [...new Set(index.dataset.actors.map((a) => a.type))],
              ...SLIDE_NETWORK_PX,
              labelSize: SLIDE_IMAGE.labelSize,
              bare: true,
            })
          ).toDataURL("image/png")
        : null;
      const citations = step.sources.map((c, k) => ({ n: k + 1, quote: c.quote, source: sourceTitle(c.source) }));
      const notes = [step.caption[lang], ...citations.map((c) => `[${c.n}] “${c.quote}” — ${c.source}`)]
        .filter(Boolean)
        .join("\n\n");
      out.push({ headline, text: step.text[lang], notes, citations, timeline, network });
    }
  } finally {
    store.set(before);
  }
  return out;
}

export async function exportPptx(deps: SlideExportDeps, story: PlayableStory): Promise<string> {
  const lang = deps.store.get().lang;
  const slides = await captureSlides(deps, story);
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE"; // 13.33 × 7.5 in
  pptx.title = story.title[lang];
  pptx.theme = SLIDE_THEME;
  const runLang = { lang: lang === "zh" ? "zh-CN" : "en-US" };
  for (const [i, c] of slides.entries()) {
    const slide = pptx.addSlide();
    slide.background = { color: "FFFFFF" };
    slide.addText(`${story.title[lang]} · ${i + 1} / ${slides.length}`, {
      x: 0.5,
      y: 0.2,
      w: 12.3,
      h: 0.35,
      fontSize: 12,
      color: "5B6673",
      ...runLang,
    });
    slide.addText(c.headline, {
      x: 0.5,
      y: 0.5,
      w: 12.3,
      h: 0.95,
      fontSize: 28,
      fit: "shrink",
      bold: true,
      color: "16202B",
      ...runLang,
    });
    const { text, pictures: p, timeline, network, gap } = SLIDE_LAYOUT;
    slide.addText(c.text, {
      x: text.x,
      y: p.y,
      w: text.w,
      h: 2.9,
      fontSize: 20,
      color: "16202B",
      valign: "top",
      ...runLang,
      fit: "shrink",
    });
    slide.addText(
      c.citations.map((x) => ({ text: `[${x.n}] “${x.quote}” — ${x.source}`, options: { breakLine: true } })),
      {
        x: text.x,
        y: p.y + 3.0,
        w: text.w,
        h: 2.8,
        fontSize: 10,
        color: "3B4A5A",
        valign: "top",
        ...runLang,
        fit: "shrink",
      },
    );
    slide.addImage({ data: c.timeline, x: p.x, y: p.y, w: p.w, h: timeline.h });
    if (c.network) slide.addImage({ data: c.network, x: p.x, y: p.y + timeline.h + gap, w: p.w, h: network.h });
    slide.addNotes(c.notes);
  }
  const blob = (await pptx.write({ outputType: "blob" })) as Blob;
  const file = slideFileName(story.title[lang], "pptx");
  download(blob, file);
  deps.toast(t(lang, "slidesReady", { file }));
  return file;
}

/** The slides as print pages (one per slide, 16:9), then the browser's print dialog (Save as PDF). */
export async function printSlides(deps: SlideExportDeps, story: PlayableStory): Promise<void> {
  const lang = deps.store.get().lang;
  const slides = await captureSlides(deps, story);
  let section = document.getElementById("slides-print");
  if (!section) {
    section = h("section", { class: "slides-print", id: "slides-print", "aria-hidden": "true" });
    document.body.append(section);
  }
  setChildren(
    section,
    ...slides.map((c, i) =>
      h(
        "article",
        { class: "print-slide" },
        h("p", { class: "ps-meta" }, `${story.title[lang]} · ${i + 1} / ${slides.length}`),
        h("h1", {}, c.headline),
        h(
          "div",
          { class: "ps-body" },
          h(
            "div",
            { class: "ps-text" },
            h("p", {}, c.text),
            h("ol", { class: "ps-cites" }, ...c.citations.map((x) => h("li", {}, `“${x.quote}” — ${x.source}`))),
          ),
          h(
            "div",
            { class: "ps-images" },
            h("img", { class: "ps-timeline", src: c.timeline, alt: t(lang, "timeline") }),
            c.network ? h("img", { class: "ps-network", src: c.network, alt: t(lang, "network") }) : null,
          ),
        ),
      ),
    ),
  );
  await Promise.all([...section.querySelectorAll("img")].map((img) => img.decode().catch(() => undefined)));
  document.title = slideFileName(story.title[lang], "pdf").replace(/\.pdf$/, "");
  document.body.classList.add("printing-slides", "slides-ready");
  const done = () => {
    document.body.classList.remove("printing-slides");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
