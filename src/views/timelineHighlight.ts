/**
 * A selected actor's events lit on the timeline by one adopted stylesheet rule over the tokens
 * their items carry (model/actorHighlight.ts), so a selection restyles the items in place
 * instead of having vis-timeline redraw and measure them.
 */

// How they look (the colours are tokens.css's custom properties). A shadow, not a wider border:
// the items keep the size vis-timeline measured.
const HIGHLIGHT_TITLE = "background: var(--hl-bg); box-shadow: 0 0 0 1px var(--hl)";
const HIGHLIGHT_MARK = "box-shadow: 0 0 0 2px var(--hl)";

export interface TimelineHighlight {
  /** Lights the items the selector picks out (null: none) */
  set(selector: string | null): void;
  /** Takes the stylesheet off the document */
  remove(): void;
}

export function createTimelineHighlight(): TimelineHighlight {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let rule: string | null = null;
  return {
    set(selector) {
      if (selector === rule) return;
      rule = selector;
      while (sheet.cssRules.length) sheet.deleteRule(0);
      if (!selector) return;
      sheet.insertRule(`.tl-host ${selector} .ev-title { ${HIGHLIGHT_TITLE} }`);
      sheet.insertRule(`.tl-host ${selector} .ev-mark { ${HIGHLIGHT_MARK} }`);
    },
    remove: () => void (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)),
  };
}
