/**
 * Which address each story on the page files its annotations under. A page usually holds one story, filed under its
 * address (`storyUrl`). An endless feed holds several: it appends the next story under the one being read and moves
 * the address to it, by the time the reader gets there, and back again when they scroll up. Every story keeps the
 * address it was filed under, so a note on the first story is filed under the first story's address whatever the
 * address bar says when it is made, and the first story's notes stay on the page when the address moves on.
 *
 * On a page of several stories, a story that names its own address in its markup (lib/annotations/story-address.ts)
 * is filed under it as it comes. Otherwise the site's address is the only word on which story is which: when it
 * moves to an address no story has, it is given to a story that has none, the one most in view (the reader scrolled
 * into it), else the newest (the feed moved the address as it appended the story). A story that has had no address
 * yet cannot be annotated. The one story of a
 * page whose address changed is filed anew once its text has changed too (a router that renders its next story into
 * the same element), not before: a router moves the address as it starts fetching the next story, and until that
 * story is in, the story on screen is still the last one.
 */
import type { OwnAddress } from './story-address';

export interface FiledStory {
  /** The story's parts in document order (its headline, standfirst and body), as the page holds them now. */
  parts: readonly Element[];
  source: string;
  /** The story's headline, when it is filed under the address it names itself (the page's title is another's). */
  headline?: string;
}

export interface PageLook {
  /** How much of a story is in view (pixels of height). */
  visibleHeight(parts: readonly Element[]): number;
  /** Whether the page's text was read again since the last update (a scan, a live change), not only its address. */
  reread: boolean;
  /** The address a story names itself in its markup, if any. */
  ownAddress(parts: readonly Element[]): OwnAddress | null;
}

export interface StoryChanges {
  /** Stories filed since the last update: their annotations are to be loaded. */
  filed: FiledStory[];
  /** Stories gone from the page, or filed anew: their annotations' highlights go. */
  dropped: FiledStory[];
}

const sharesPart = (parts: readonly Element[], story: readonly Element[]): boolean => parts.some((part) => story.includes(part));

export class StorySources {
  private stories: FiledStory[] = [];

  /**
   * Brings the filing up to date with the page's stories (in document order) and the address its annotations would
   * be filed under now (null when it has none usable).
   */
  update(stories: ReadonlyArray<readonly Element[]>, address: string | null, look: PageLook): StoryChanges {
    const dropped: FiledStory[] = [];
    const kept: FiledStory[] = [];
    for (const filed of this.stories) {
      const now = stories.find((story) => sharesPart(filed.parts, story));
      if (now) kept.push({ ...filed, parts: now });
      else dropped.push(filed);
    }
    this.stories = kept;
    const filed: FiledStory[] = [];
    const file = (story: FiledStory): void => {
      filed.push(story);
      this.stories = [...this.stories, story].sort((a, b) => order(a.parts, b.parts));
    };
    const unfiled = (): Array<readonly Element[]> => stories.filter((story) => !this.stories.some((other) => sharesPart(other.parts, story)));
    const taken = (source: string): boolean => this.stories.some((other) => other.source === source);
    // Not on a page of one story, whose address is the page's: its headline may link to an older one of its addresses.
    if (stories.length > 1) {
      for (const story of unfiled()) {
        const own = look.ownAddress(story);
        if (own && !taken(own.address)) file({ parts: story, source: own.address, headline: own.title });
      }
    }
    if (address === null || taken(address)) return { filed, dropped };
    const waiting = unfiled();
    const [only] = kept;
    if (waiting.length > 0) file({ parts: mostInView(waiting, look.visibleHeight), source: address });
    else if (kept.length === 1 && stories.length === 1 && only && look.reread) {
      // One story, a new address, new text: a router that renders the next story into the element of the last.
      this.stories = [];
      dropped.push(only);
      file({ parts: only.parts, source: address });
    }
    return { filed, dropped };
  }

  /** The story holding a node, when it has been filed. */
  storyOf(node: Node): FiledStory | null {
    return this.stories.find((filed) => filed.parts.some((part) => part.contains(node))) ?? null;
  }

  /** The story filed under `address`, else the first filed: the popup lists its annotations first. */
  current(address: string | null): FiledStory | null {
    return this.stories.find((filed) => filed.source === address) ?? this.stories[0] ?? null;
  }

  get all(): readonly FiledStory[] {
    return this.stories;
  }
}

/** The story with the most of it in view; the last (newest) when none is in view. */
function mostInView(stories: ReadonlyArray<readonly Element[]>, visibleHeight: (parts: readonly Element[]) => number): readonly Element[] {
  let best = stories[stories.length - 1] ?? [];
  // One candidate (a page of one story, at load): not measured, which would make the page lay itself out.
  if (stories.length === 1) return best;
  let bestHeight = 0;
  for (const story of stories) {
    const height = visibleHeight(story);
    if (height > bestHeight) {
      best = story;
      bestHeight = height;
    }
  }
  return best;
}

/** Document order of two stories by their first parts (4 is Node.DOCUMENT_POSITION_FOLLOWING). */
function order(a: readonly Element[], b: readonly Element[]): number {
  const [first] = a;
  const [other] = b;
  if (!first || !other || first === other) return 0;
  return first.compareDocumentPosition(other) & 4 ? -1 : 1;
}
