/**
 * The visible graph as GEXF 1.3 (Gephi and Gephi Lite): nodes with type, label in both languages,
 * colour, size and layout position; edges with their role or relation. All text is XML-escaped.
 */
import type { ActorGraph } from "./buildActorGraph.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { actorSize, edgeShown, type GraphView } from "./graphView.ts";

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

export function graphToGexf(index: DatasetIndex, graph: ActorGraph, view: GraphView, title: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Liaison</creator><description>${escapeXml(title)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="nodeType" title="nodeType" type="string"/>',
    '      <attribute id="category" title="category" type="string"/>',
    '      <attribute id="label_en" title="label_en" type="string"/>',
    '      <attribute id="label_zh" title="label_zh" type="string"/>',
    '      <attribute id="date" title="date" type="string"/>',
    '      <attribute id="events_in_view" title="events_in_view" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="edgeType" title="edgeType" type="string"/>',
    '      <attribute id="detail" title="detail" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  graph.forEachNode((key, a) => {
    if (!view.visibleNodes.has(key)) return;
    const actor = a.nodeType === "actor" ? index.actorsById.get(a.refId) : undefined;
    const event = a.nodeType === "event" ? index.eventsById.get(a.refId) : undefined;
    const names = actor ? (actor.short ?? actor.name) : event!.title;
    const count = view.actorCounts.get(key) ?? 0;
    const size = a.nodeType === "actor" ? actorSize(count) : a.size;
    out.push(
      `      <node id="${escapeXml(key)}" label="${escapeXml(names.en)}">`,
      "        <attvalues>",
      `          <attvalue for="nodeType" value="${a.nodeType}"/>`,
      `          <attvalue for="category" value="${escapeXml(actor ? actor.type : event!.kind)}"/>`,
      `          <attvalue for="label_en" value="${escapeXml(names.en)}"/>`,
      `          <attvalue for="label_zh" value="${escapeXml(names.zh)}"/>`,
      `          <attvalue for="date" value="${escapeXml(event ? event.date.start + (event.date.end ? `/${event.date.end}` : "") : "")}"/>`,
      `          <attvalue for="events_in_view" value="${count}"/>`,
      "        </attvalues>",
      `        <viz:color ${rgb(a.color)}/>`,
      `        <viz:position x="${a.x.toFixed(3)}" y="${a.y.toFixed(3)}" z="0"/>`,
      `        <viz:size value="${size.toFixed(2)}"/>`,
      "      </node>",
    );
  });
  out.push("    </nodes>", "    <edges>");
  graph.forEachEdge((key, e, source, target) => {
    if (!view.visibleNodes.has(source) || !view.visibleNodes.has(target) || !edgeShown(view, e)) return;
    const detail = e.roles?.join(", ") ?? e.relationType ?? "";
    out.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" weight="${e.weight || 0.1}">`,
      `        <attvalues><attvalue for="edgeType" value="${e.edgeType}"/><attvalue for="detail" value="${escapeXml(detail)}"/></attvalues>`,
      "      </edge>",
    );
  });
  out.push("    </edges>", "  </graph>", "</gexf>");
  return out.join("\n") + "\n";
}
