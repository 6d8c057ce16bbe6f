/** The page skeleton: header with tools and filters, notices, and the three-panel workspace. */
import { h } from "../views/dom.ts";

export function buildLayout(root: HTMLElement) {
  const hosts = {
    title: h("h1", { class: "app-title" }),
    subtitle: h("p", { class: "app-subtitle" }),
    storyTools: h("div", { class: "tool" }),
    exportTools: h("div", { class: "tool" }),
    importTools: h("div", { class: "tool" }),
    filters: h("section", { class: "filters" }),
    notices: h("div", { class: "notices", "aria-live": "polite" }),
    timelinePanel: h("section", { class: "panel timeline-panel" }),
    timeline: h("div", { class: "timeline-host" }),
    overview: h("div", { class: "overview-host" }),
    networkPanel: h("section", { class: "panel network-panel" }),
    network: h("div", { class: "network-host" }),
    nodeList: h("div", { class: "node-list-host" }),
    legend: h("section", { class: "legend" }),
    details: h("aside", { class: "panel details" }),
    emptyNote: h("p", { class: "empty-note", role: "status" }),
    announcer: h("div", { class: "sr-only", role: "status", "aria-live": "polite" }),
    workspace: h("main", { class: "workspace" }),
  };
  hosts.timelinePanel.append(hosts.overview, hosts.timeline);
  hosts.networkPanel.append(hosts.network, hosts.nodeList, hosts.legend);
  hosts.workspace.append(hosts.timelinePanel, hosts.networkPanel, hosts.details, hosts.emptyNote);
  root.replaceChildren(
    h(
      "header",
      { class: "app-header" },
      h(
        "div",
        { class: "brand" },
        hosts.title,
        hosts.subtitle,
        h("div", { class: "tools" }, hosts.storyTools, hosts.exportTools, hosts.importTools),
      ),
      hosts.filters,
    ),
    hosts.notices,
    hosts.workspace,
    hosts.announcer,
  );
  return hosts;
}

export type Layout = ReturnType<typeof buildLayout>;
