import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { buildActorGraph } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { escapeXml, graphToGexf } from "../../src/model/exportGexf.ts";
import { computeGraphView } from "../../src/model/graphView.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

describe("graphToGexf", () => {
  it("writes the visible nodes and edges with attributes and positions, as well-formed XML", () => {
    const d = miniDataset();
    d.events[0].title.en = 'A <b>"bold"</b> & \u0007 title';
    const index = buildDatasetIndex(d);
    const graph = buildActorGraph(index);
    const view = computeGraphView(index, ["china-joins-iom"], { hidePersons: false, collapse: false });
    const xml = graphToGexf(index, graph, view, "Test & title");
    const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const nodes = [...doc.getElementsByTagName("node")].map((n) => n.getAttribute("id"));
    expect(nodes.sort()).toEqual(["a:china", "a:iom", "e:china-joins-iom"]);
    expect(doc.getElementsByTagName("edge")).toHaveLength(3); // two roles + the China–IOM relation
    const event = [...doc.getElementsByTagName("node")].find((n) => n.getAttribute("id") === "e:china-joins-iom")!;
    expect(event.getAttribute("label")).toBe('A <b>"bold"</b> &  title');
    expect(event.getElementsByTagName("viz:position")).toHaveLength(1);
  });
  it("escapes XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
