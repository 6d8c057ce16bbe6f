/**
 * The network's camera: moved to a target (a story step's framing), centred on a selected node,
 * zoomed from the + − ⟲ buttons, following the focus as the store changes, and the framing of an
 * exported image.
 */
import type Sigma from "sigma";
import type { ActorGraph, EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import { t } from "../model/i18n.ts";
import type { Lang } from "../data/schema.ts";
import { sameSet } from "../model/focalSet.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, reducedMotion } from "./dom.ts";
import { boxAround, isDefaultCamera, ratioToFit, type CameraState } from "./fitCamera.ts";

export interface NetworkCamera {
  moveTo(target: { x: number; y: number; ratio: number }): void;
  /** Centres on a node, zoomed in at least to 0.6 */
  /** Centres on the node; several nodes are framed together, close enough to read */
  centreOn(node: string | string[]): void;
  /**
   * The camera for an image of `width` × `height`: the user's own framing if they moved the
   * camera, otherwise one that frames the nodes drawn (fitCamera.ts), with room for labels.
   */
  forImage(width: number, height: number): CameraState;
  /** The zoom buttons, in the interface language */
  renderControls(controls: HTMLElement, lang: Lang): void;
  /** After a store change, with the focal nodes drawn now and before it (see below) */
  follow(now: FocalNodes, before: FocalNodes, s: ViewState, previous: ViewState | null): void;
}

/** The selected node and the other focal nodes (a step's picks) */
interface FocalNodes {
  selected: string | null;
  also: Set<string>;
}

export function createNetworkCamera(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  shown: () => ActorGraph,
  /** The nodes in focus (a selection), which an image frames; null: none */
  focus: () => Set<string> | null,
  /** True while sigma has a frame scheduled that it has not drawn yet */
  drawPending: () => boolean,
): NetworkCamera {
  /** Where centreOn last moved the camera (null: it has not, or the camera was reset since) */
  let centredAt: CameraState | null = null;

  function centreOn(node: string | string[]) {
    // A refresh just scheduled leaves sigma's node data in graph units until the frame processes
    // it (camera units): read the position after that frame, or the camera flies off the graph.
    if (drawPending()) {
      renderer.once("afterRender", () => centreOn(node));
      return;
    }
    const box = boxAround(
      (typeof node === "string" ? [node] : node).map((n) => renderer.getNodeDisplayData(n)).filter((d) => !!d),
    );
    if (!box) return;
    const camera = renderer.getCamera();
    // Several nodes: far enough that all of them and their labels fit.
    const spread = Math.max(box.x1 - box.x0, box.y1 - box.y0) * 1.6;
    const ratio = Math.min(1, Math.max(Math.min(camera.ratio, 0.6), spread));
    const target = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2, ratio };
    centredAt = { ...target, angle: 0 };
    camera.animate(target, { duration: reducedMotion() ? 0 : 500 });
  }

  function forImage(width: number, height: number): CameraState {
    const camera = renderer.getCamera().getState();
    // With a focus (a selection), the image frames it: the muted rest would leave it small.
    const focusSet = focus();
    const framed = focusSet && focusSet.size > 1 ? [...focusSet] : shown().nodes();
    const drawn = framed.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
    const box = boxAround(drawn);
    // The camera the app itself moved to a selection is not a framing the user chose: the image
    // frames the nodes drawn then too.
    const near = (a: CameraState, b: CameraState) =>
      Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio - b.ratio) < 1e-3;
    const chosenByUser = !isDefaultCamera(camera) && !(centredAt && near(camera, centredAt));
    if (chosenByUser || !box) return camera;
    const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
    // The box's size in the image at ratio 1, by sigma's own projection for the image's size. (It
    // turns its clip coordinates into pixels of the canvas on screen: scale those to the image's.)
    const at1 = { cameraState: { ...centre, ratio: 1, angle: 0 }, viewportDimensions: { width, height } };
    const a = renderer.framedGraphToViewport({ x: box.x0, y: box.y0 }, at1);
    const b = renderer.framedGraphToViewport({ x: box.x1, y: box.y1 }, at1);
    const screen = renderer.getDimensions();
    const extent = {
      width: (Math.abs(b.x - a.x) * width) / Math.max(1, screen.width),
      height: (Math.abs(b.y - a.y) * height) / Math.max(1, screen.height),
    };
    return { ...centre, angle: 0, ratio: ratioToFit(extent, { width, height }, { x: 160, y: 40 }) };
  }

  function renderControls(controls: HTMLElement, lang: Lang) {
    const camera = renderer.getCamera();
    const button = (label: string, text: string, onclick: () => void) =>
      h("button", { type: "button", class: "icon-btn", "aria-label": label, title: label, onclick }, text);
    controls.replaceChildren(
      button(t(lang, "zoomIn"), "+", () => camera.animatedZoom({ duration: 250 })),
      button(t(lang, "zoomOut"), "−", () => camera.animatedUnzoom({ duration: 250 })),
      button(t(lang, "resetCamera"), "⟲", () => camera.animatedReset({ duration: 250 })),
    );
  }

  const moveTo = (target: { x: number; y: number; ratio: number }) =>
    void renderer.getCamera().animate(target, { duration: reducedMotion() ? 0 : 600 });

  /**
   * Several focal nodes are framed together (a camera stored with one of them may leave the others
   * out); else a camera the state asks for is taken; else a new selection, or the same one drawn as
   * another node (folded into its top parent), is centred; a story left without one resets.
   */
  function follow(now: FocalNodes, before: FocalNodes, s: ViewState, previous: ViewState | null) {
    const cameraRequested = s.camera && (!previous || JSON.stringify(previous.camera) !== JSON.stringify(s.camera));
    if (
      now.selected &&
      now.also.size &&
      (!previous || now.selected !== before.selected || !sameSet(now.also, before.also))
    )
      centreOn([now.selected, ...now.also]);
    else if (cameraRequested) moveTo(s.camera!);
    else if (
      now.selected &&
      (!previous || now.selected !== before.selected || JSON.stringify(previous.sel) !== JSON.stringify(s.sel))
    )
      centreOn(now.selected);
    else if (!now.selected && previous?.sel && previous.story !== s.story)
      renderer.getCamera().animatedReset({ duration: 400 });
  }

  return {
    moveTo,
    follow,
    centreOn,
    forImage,
    renderControls,
  };
}
