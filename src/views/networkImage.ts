/**
 * The network as a self-explaining image: title, time window and active filters above the graph,
 * the legend below — so a PNG pasted into a briefing still says what it shows.
 */
import type { NetworkCapabilities } from "../app/capabilities.ts";
import type { Lang } from "../data/schema.ts";
import { ACTOR_TYPE_COLORS } from "../model/colors.ts";
import { VOCAB, t } from "../model/i18n.ts";

const NETWORK_IMAGE_SIZE = { width: 1600, height: 1000 };
const FONT = '"Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export async function renderNetworkImage(
  network: NetworkCapabilities,
  opts: { lang: Lang; title: string; window: string; filters: string[]; actorTypes: string[] },
): Promise<HTMLCanvasElement> {
  const { width, height } = NETWORK_IMAGE_SIZE;
  const head = 110;
  const foot = 70;
  const graph = await network.toCanvas(width, height - head - foot);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#16202b";
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(opts.title, 32, 48);
  ctx.font = `18px ${FONT}`;
  ctx.fillStyle = "#5b6673";
  ctx.fillText(`${t(opts.lang, "timeWindow")}: ${opts.window}`, 32, 78);
  const filters = opts.filters.length ? opts.filters.join(" · ") : t(opts.lang, "noFilters");
  ctx.fillText(`${t(opts.lang, "activeFilters")}: ${filters}`.slice(0, 180), 32, 100);
  ctx.drawImage(graph, 0, head);
  ctx.strokeStyle = "#d5dae1";
  ctx.beginPath();
  ctx.moveTo(0, height - foot);
  ctx.lineTo(width, height - foot);
  ctx.stroke();
  let x = 32;
  const y = height - foot / 2;
  ctx.font = `16px ${FONT}`;
  const entries: Array<[string, string]> = Object.entries(ACTOR_TYPE_COLORS)
    .filter(([k]) => opts.actorTypes.includes(k))
    .map(([k, c]) => [c, VOCAB.actorType[k as keyof typeof VOCAB.actorType][opts.lang]]);
  entries.push(["#4d4d4d", t(opts.lang, "legendEvents")]);
  for (const [color, label] of entries) {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x + 7, y, 7, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#16202b";
    ctx.fillText(label, x + 20, y + 6);
    x += 40 + ctx.measureText(label).width;
  }
  return canvas;
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
