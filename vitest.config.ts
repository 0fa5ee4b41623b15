import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  test: {
    projects: [
      {
        // lib/ is plain TypeScript: tested in Node (DOM modules opt into happy-dom per file).
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts'], environment: 'node' },
        resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
      },
      {
        // Background logic against WXT's fake browser.
        plugins: [WxtVitest()],
        test: { name: 'background', include: ['tests/background/**/*.test.ts'] },
      },
    ],
  },
});
