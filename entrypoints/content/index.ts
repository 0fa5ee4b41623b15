import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { highlightArticle } from './highlight-article';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let highlighted = 0;
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'content/status') {
        return Promise.resolve({ highlighted });
      }
      return undefined;
    });
    void highlightArticle(ctx.signal).then((count) => {
      highlighted = count;
    });
  },
});
