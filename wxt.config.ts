import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { compileFromDisk } from './lib/knowledge/node-sources';
import { compileEventDataset } from './lib/events/compile';
import { readEventsFile } from './lib/events/node-events';

// Chrome MV3 is the primary target; Firefox gets the same code through webextension-polyfill.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
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
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'NewsLens — who is who in the news',
    description:
      'Finds the people, organisations, places and events in news articles, links them to an offline knowledge base, and lets you annotate and fact-check what you read.',
    // storage: settings and per-tab state; scripting: the content script's interface half is injected after the
    // highlights (WXT adds host permissions equal to the content script's own matches, http and https pages).
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The annotation editor opens in an iframe over the article, so it must be loadable from pages.
    web_accessible_resources: [{ resources: ['editor.html'], matches: ['http://*/*', 'https://*/*'] }],
    action: { default_title: 'NewsLens' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next highlighted name' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous highlighted name' },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
      'note-selection': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Add a note to the selected text' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or sent anywhere: Firefox asks every new extension to say so (and reads that
            // answer from version 142, desktop and Android).
            gecko: { id: 'newslens@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
