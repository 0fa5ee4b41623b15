/** The bare extension's worker (see content.ts): finds the capitalised words of the text it is sent. */
import type { BareReply, BareRequest } from './protocol';

chrome.runtime.onMessage.addListener((message: BareRequest, _sender, sendResponse: (reply: BareReply) => void) => {
  const words: BareReply = [];
  for (const match of message.text.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)) words.push([match.index, match.index + match[0].length]);
  sendResponse(words);
});
