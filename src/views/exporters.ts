/**
 * Everything the export menu and the handout draw or serialise with, in one module that is
 * loaded on first use: none of it is needed for the first draw.
 */
export { eventsToCsv } from "../model/exportCsv.ts";
export { graphToGexf } from "../model/exportGexf.ts";
export { datasetSubset, toBundle } from "../model/exportSubset.ts";
export { download } from "./dom.ts";
export { canvasToBlob, renderNetworkImage } from "./networkImage.ts";
export { buildTimelineSvg, svgToCanvas, svgToString } from "./timelineSvg.ts";
