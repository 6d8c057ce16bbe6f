/**
 * Titles measured in their own font before vis-timeline draws them, so that placement and
 * stacking know their real size: widths on a canvas (each text once per font), and the line
 * height, padding and fonts of a title and a band label, read once per language and screen from
 * hidden probes.
 */
import type { Lang } from "../data/schema.ts";

export interface TitleType {
  /** Font size, px */
  size: number;
  /** The height a line takes, px (a CJK fallback font makes lines taller than the line height says) */
  line: number;
  /** The padding a title adds to its lines, px */
  pad: number;
  /** The titles' and the band labels' fonts */
  font: string;
  bandFont: string;
  /** A band label's height, px: a row of them (larger when presenting) */
  bandRow: number;
}

export interface TitleMeasure {
  /** The titles' type; presenting sets larger type, scaled to the screen */
  titleType(): TitleType;
  /** Width of a text in one of the kept fonts, px */
  measurer(font: string): (text: string) => number;
}

/** `probe` is an `.ev-title`, `bandProbe` a `.status-label`, both hidden. */
export function createTitleMeasure(probe: HTMLElement, bandProbe: HTMLElement, lang: () => Lang): TitleMeasure {
  const context = document.createElement("canvas").getContext("2d")!;
  const measurers = new Map<string, (text: string) => number>();
  // Kept, so that an update reads no computed style: reading it forced a style pass on every
  // filter and pan.
  const types = new Map<string, TitleType>();
  return {
    titleType() {
      const l = lang();
      // Presenting, the type follows the screen and the scale (+ −, an inline style: no style pass).
      const key = document.body.classList.contains("presenting")
        ? `${l}|${innerWidth}x${innerHeight}|${document.body.style.getPropertyValue("--pres-zoom")}`
        : l;
      let type = types.get(key);
      if (!type) {
        const size = parseFloat(getComputedStyle(probe).fontSize) || 12;
        probe.style.whiteSpace = "pre";
        probe.textContent = l === "zh" ? "国际移民 IOM" : "Migration";
        const one = probe.offsetHeight;
        probe.textContent += `\n${probe.textContent}`;
        const line = probe.offsetHeight - one || size * 1.25;
        probe.textContent = "";
        bandProbe.textContent = l === "zh" ? "国际移民 IOM" : "Migration";
        const bandRow = bandProbe.offsetHeight;
        bandProbe.textContent = "";
        const fonts = { font: getComputedStyle(probe).font, bandFont: getComputedStyle(bandProbe).font };
        types.set(key, (type = { size, line, pad: Math.max(0, one - line), bandRow, ...fonts }));
      }
      return type;
    },
    measurer(f) {
      // One function per font: the label shapes worked out with it are cached by its identity.
      let fn = measurers.get(f);
      if (fn) return fn;
      const cache = new Map<string, number>();
      fn = (text) => {
        let w = cache.get(text);
        if (w === undefined) {
          if (context.font !== f) context.font = f;
          cache.set(text, (w = context.measureText(text).width));
        }
        return w;
      };
      measurers.set(f, fn);
      return fn;
    },
  };
}
