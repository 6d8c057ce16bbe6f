/** Small d3 bar chart (events per year) for the actor details panel. */
import { axisBottom } from "d3-axis";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";

export function renderMiniBarChart(
  data: Array<{ year: number; count: number }>,
  years: [number, number],
  opts: { width: number; label: string; color: string },
): SVGSVGElement {
  const height = 90;
  const m = { top: 6, right: 4, bottom: 18, left: 4 };
  const all = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i);
  const counts = new Map(data.map((d) => [d.year, d.count]));
  const x = scaleBand<number>()
    .domain(all)
    .range([m.left, opts.width - m.right])
    .padding(0.15);
  const max = Math.max(1, ...data.map((d) => d.count));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - m.bottom, m.top]);
  const node = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const svg = select(node)
    .attr("viewBox", `0 0 ${opts.width} ${height}`)
    .attr("width", "100%")
    .attr("role", "img")
    .attr("aria-label", opts.label)
    .attr("class", "mini-chart");
  svg
    .append("g")
    .selectAll("rect")
    .data(all)
    .join("rect")
    .attr("x", (yr) => x(yr)!)
    .attr("width", x.bandwidth())
    .attr("y", (yr) => y(counts.get(yr) ?? 0))
    .attr("height", (yr) => y(0) - y(counts.get(yr) ?? 0))
    .attr("fill", opts.color)
    .append("title")
    .text((yr) => `${yr}: ${counts.get(yr) ?? 0}`);
  const every = Math.ceil(all.length / 6);
  svg
    .append("g")
    .attr("transform", `translate(0,${height - m.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(all.filter((_, i) => i % every === 0))
        .tickFormat(String)
        .tickSizeOuter(0),
    );
  return node;
}
