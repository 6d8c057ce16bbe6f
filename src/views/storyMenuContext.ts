/**
 * What the stories dialog's parts share: the app's dependencies, the language it is drawn in, and
 * the dialog's own steps (draw again, move the keyboard, change the open deck).
 */
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { DeckShelf } from "../model/deckShelf.ts";
import type { PlayableStory } from "../model/storyView.ts";
import type { UserDeck } from "../model/userDeck.ts";
import type { ViewState } from "../model/viewState.ts";
import type { Store } from "../state/store.ts";

export interface StoryMenuDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  stories: PlayableStory[];
  /** The open deck */
  deck: () => UserDeck;
  shelf: () => DeckShelf;
  setShelf: (shelf: DeckShelf) => void;
  /** A deck the page's link carries (presented from the link), if any */
  linkedDeck: () => UserDeck | null;
  deckStory: () => PlayableStory;
  /** The current view as a step view, camera included */
  captureView: () => UserDeck["slides"][number]["view"];
  toast: (message: string) => void;
  exportSlides: (story: PlayableStory, format: "pptx" | "pdf") => Promise<void>;
}

export interface StoryMenuContext {
  deps: StoryMenuDeps;
  lang: Lang;
  /** The dialog's body, drawn again by render */
  body: HTMLElement;
  render: () => void;
  /** Moves the keyboard to an element of the freshly drawn body */
  focusAfterRender: (selector: string) => void;
  /** Replaces the open deck */
  setDeck: (deck: UserDeck) => void;
  /** A deck file read and waiting for the user to say: replace the open deck, or add it. */
  pendingImport: UserDeck | null;
  /** The PowerPoint and PDF buttons of a story or the deck */
  slideButtons: (story: () => PlayableStory) => HTMLElement[];
}
