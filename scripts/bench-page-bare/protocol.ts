/** The bare extension's one message (see content.ts), and the marks its content script sets. */
export interface BareRequest {
  text: string;
}

/** Start and end offsets of each capitalised word, in text order. */
export type BareReply = Array<[number, number]>;

/** Named like the extension's slice marks, so the same trace reading applies (scripts/bench-page-trace.ts). */
export const BARE_MARKS = {
  start: 'newslens-bench:bare-start',
  sliceStart: 'newslens-bench:bare-slice-start',
  sliceEnd: 'newslens-bench:bare-slice-end',
  done: 'newslens-bench:bare-done',
};
