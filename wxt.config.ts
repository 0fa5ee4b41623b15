import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { compileFromDisk } from './lib/knowledge/node-sources';
import { compileEventDataset } from './lib/events/compile';
import { readEventsFile } from './lib/events/node-events';
import { DEFAULT_LOCALE, localeFiles, manifestMessage } from './lib/i18n/manifest';

/** WXT's own `browser`: the browser's native promise-based API (`chrome` in Chromium, `browser` in Firefox). */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');
/** The entry points that run in news pages. */
const IN_PAGE = new Set(['content', 'reader-ui']);

// Chrome MV3 is the primary target; Firefox gets the same code through webextension-polyfill.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The scripts that run in news pages, the core (entrypoints/content) on every page and its interface half
    // (entrypoints/reader-ui.content) on every page read, are built without the polyfill: its evaluation, and the
    // copy of `chrome` that the bundler's CommonJS interop makes (which sets up every API binding the script can
    // reach), cost the core about 3 ms of the page's main thread per page load, and add 10 kB of the interface half's
    // 93 to compile on every page read. Both
    // use only calls both browsers have natively with promises (runtime.sendMessage, runtime.getURL), and the core
    // answers messages through `sendResponse`.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => IN_PAGE.has(entrypoint.name))) return;
      const alias = config.resolve?.alias;
      if (alias === undefined || Array.isArray(alias)) throw new Error('expected the polyfill module\'s alias object');
      config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': NATIVE_BROWSER } };
    },
    // The knowledge base is compiled from its readable sources at every build, so the shipped file never drifts.
    'build:publicAssets': (_wxt, assets) => {
      const compiled = compileFromDisk(resolve('lib/knowledge/sources'));
      assets.push({ relativeDest: 'kb.json', contents: JSON.stringify(compiled) });
      // The event dataset's source of truth is public/data/events.json; the extension loads its compiled form
      // (validated against the knowledge base, sources dropped) and the raw file is not shipped.
      const known = new Set(compiled.entities.map((entity) => entity.id));
      const events = compileEventDataset(readEventsFile(resolve('public/data/events.json')), known);
      const raw = assets.findIndex((asset) => asset.relativeDest === 'data/events.json');
      if (raw >= 0) assets.splice(raw, 1);
      assets.push({ relativeDest: 'events.json', contents: JSON.stringify(events) });
      // The manifest's text in English and Vietnamese, written from lib/i18n so the two never drift apart.
      for (const file of localeFiles()) assets.push({ relativeDest: file.path, contents: file.contents });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // Name, description and command descriptions in the browser's language (_locales, from lib/i18n).
    name: manifestMessage('extName'),
    description: manifestMessage('extDescription'),
    default_locale: DEFAULT_LOCALE,
    // storage: settings and per-tab state; scripting: the content script's interface half is injected after the
    // highlights (WXT adds host permissions equal to the content script's own matches, http and https pages);
    // downloads: exports and backups are saved as ordinary downloads (components/download.ts).
    permissions: ['storage', 'contextMenus', 'scripting', 'downloads'],
    // The annotation editor opens in an iframe over the article, so it must be loadable from pages. In Chromium only
    // through the session's dynamic URL (runtime.getURL gives it to the content script): a page probing the
    // extension's fixed id for editor.html cannot tell the extension is installed. Firefox's ids are already random
    // per install.
    web_accessible_resources: [
      {
        resources: ['editor.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'NewsLens' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: manifestMessage('commandNextMention') },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: manifestMessage('commandPreviousMention') },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: manifestMessage('commandHighlightSelection') },
      'note-selection': { suggested_key: { default: 'Alt+Shift+M' }, description: manifestMessage('commandNoteSelection') },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or sent anywhere: Firefox asks every new extension to say so (and reads that
            // answer from version 142, desktop and Android).
            gecko: { id: 'newslens@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          // Chromium 148+ copies messages by structured clone, as Firefox always has, instead of through JSON: the
          // content script's send of a 30,000-word article's text costs the page some 2–4 ms less (loads of both
          // builds, interleaved). Older Chromium ignores the key and keeps JSON, which every message here survives.
          message_serialization: 'structured_clone',
        }),
  }),
});
