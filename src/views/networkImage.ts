/**
 * The network as a self-explaining image: title, time window and active filters above the graph,
 * the complete legend below — so a PNG pasted into a briefing still says what it shows. The size
 * and the label size are the caller's: a slide (1920 × 1080), the handout (labels that print at 8 pt
 * or more), the plain export.
 */
import type { NetworkCapabilities } from "../state/capabilities.ts";
import type { Lang } from "../data/schema.ts";
import { ACTOR_TYPE_COLORS } from "../model/colors.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";

export const NETWORK_IMAGE_SIZE = { width: 1600, height: 1000 };
const FONT = '"Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface NetworkImageOptions {
  lang: Lang;
  title: string;
  window: string;
  filters: string[];
  actorTypes: string[];
  width?: number;
  height?: number;
  /** Node label size in image pixels */
  labelSize?: number;
  /** Leave out the title block (the handout prints it as text) */
  bare?: boolean;
}

type LegendEntry = { kind: "dot" | "small" | "line" | "planned" | "size"; color: string; label: string };

export function legendEntries(lang: Lang, actorTypes: string[]): LegendEntry[] {
  const entries: LegendEntry[] = Object.entries(ACTOR_TYPE_COLORS)
    .filter(([k]) => actorTypes.includes(k))
    .map(([k, c]) => ({ kind: "dot", color: c, label: VOCAB.actorType[k as keyof typeof VOCAB.actorType][lang] }));
  entries.push({ kind: "small", color: "#4d4d4d", label: t(lang, "legendEvents") });
  entries.push({ kind: "line", color: "#7b6fa8", label: t(lang, "relations") });
  entries.push({ kind: "planned", color: "#a16207", label: t(lang, "legendPlanned") });
  entries.push({ kind: "size", color: "#9aa3ad", label: t(lang, "legendSize") });
  return entries;
}

export async function renderNetworkImage(
  network: NetworkCapabilities,
  opts: NetworkImageOptions,
): Promise<HTMLCanvasElement> {
  const width = opts.width ?? NETWORK_IMAGE_SIZE.width;
  const height = opts.height ?? NETWORK_IMAGE_SIZE.height;
  const k = width / 1600; // type scales with the image
  const legendFont = Math.round(Math.max(16, 18 * k, (opts.labelSize ?? 0) * 0.9));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d")!;
  // Lay the legend out first: it wraps onto as many rows as the width needs.
  ctx.font = `${legendFont}px ${FONT}`;
  const entries = legendEntries(opts.lang, opts.actorTypes);
  const rows: Array<Array<{ e: LegendEntry; x: number }>> = [[]];
  let x = 32;
  for (const e of entries) {
    const w = swatchWidth(e, legendFont) + ctx.measureText(e.label).width + legendFont * 1.2;
    if (x + w > width - 32 && rows[rows.length - 1].length) {
      rows.push([]);
      x = 32;
    }
    rows[rows.length - 1].push({ e, x });
    x += w;
  }
  const rowH = legendFont * 1.7;
  const foot = Math.round(rows.length * rowH + legendFont);
  const head = opts.bare ? 0 : Math.round(110 * Math.max(1, k));
  const graph = await network.toCanvas(width, height - head - foot, { labelSize: opts.labelSize });
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  if (!opts.bare) {
    const s = Math.max(1, k);
    ctx.fillStyle = "#16202b";
    ctx.font = `700 ${Math.round(30 * s)}px ${FONT}`;
    ctx.fillText(opts.title, 32, 48 * s);
    ctx.font = `${Math.round(18 * s)}px ${FONT}`;
    ctx.fillStyle = "#5b6673";
    // Chinese takes the full-width colon.
    const colon = opts.lang === "zh" ? "：" : ": ";
    ctx.fillText(`${t(opts.lang, "timeWindow")}${colon}${opts.window}`, 32, 78 * s);
    const filters = opts.filters.length
      ? opts.filters.join(opts.lang === "zh" ? "；" : " · ")
      : t(opts.lang, "noFilters");
    ctx.fillText(`${t(opts.lang, "activeFilters")}${colon}${filters}`.slice(0, 180), 32, 100 * s);
  }
  ctx.drawImage(graph, 0, head);
  ctx.strokeStyle = "#d5dae1";
  ctx.beginPath();
  ctx.moveTo(0, height - foot);
  ctx.lineTo(width, height - foot);
  ctx.stroke();
  ctx.font = `${legendFont}px ${FONT}`;
  const r = legendFont * 0.4;
  rows.forEach((row, i) => {
    const y = height - foot + legendFont * 0.5 + rowH * (i + 0.5);
    for (const { e, x: x0 } of row) {
      const cx = x0 + r + 2;
      ctx.fillStyle = e.color;
      ctx.strokeStyle = e.color;
      if (e.kind === "line") {
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(x0, y);
        ctx.lineTo(x0 + legendFont * 1.1, y);
        ctx.stroke();
        ctx.lineWidth = 1;
      } else if (e.kind === "planned") {
        ctx.lineWidth = 2;
        ctx.setLineDash([4, 3]);
        ctx.strokeRect(x0, y - r, legendFont * 1.1, r * 2);
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
      } else if (e.kind === "size") {
        for (const [dx, rr] of [
          [0, r * 0.5],
          [r * 1.4, r * 0.8],
          [r * 3.2, r * 1.1],
        ]) {
          ctx.beginPath();
          ctx.arc(x0 + rr + dx, y, rr, 0, Math.PI * 2);
          ctx.fill();
        }
      } else {
        ctx.beginPath();
        ctx.arc(cx, y, e.kind === "small" ? r * 0.6 : r, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.fillStyle = "#16202b";
      ctx.textBaseline = "middle";
      ctx.fillText(e.label, x0 + swatchWidth(e, legendFont), y);
      ctx.textBaseline = "alphabetic";
    }
  });
  return canvas;
}

/** Room for an entry's mark before its label (the size mark is three discs wide). */
const swatchWidth = (e: LegendEntry, font: number) => font * (e.kind === "size" ? 2.6 : 1.6);

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
