/**
 * Serves the fixture news pages from 127.0.0.1 (tests and the demo). `/generated/long-<words>-<lang>.html` serves a
 * long article made on the fly by tests/fixtures/generate-long.mjs, so no multi-megabyte page is committed.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve('tests/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

interface LongArticleModule {
  generateLongArticle(options: { words: number; seed: number; lang: 'vi' | 'en' }): string;
}

async function generated(path: string): Promise<string | null> {
  const match = /^\/generated\/long-(\d{1,7})-(vi|en)\.html$/.exec(path);
  if (!match) return null;
  const module = (await import(join(FIXTURES_DIR, 'generate-long.mjs'))) as LongArticleModule;
  return module.generateLongArticle({ words: Number(match[1]), seed: 7, lang: match[2] === 'vi' ? 'vi' : 'en' });
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      try {
        const page = await generated(path);
        if (page !== null) {
          response.writeHead(200, { 'content-type': TYPES['.html'] });
          response.end(page);
          return;
        }
        const file = normalize(join(FIXTURES_DIR, path === '/' ? 'index.html' : path));
        if (!file.startsWith(FIXTURES_DIR)) throw new Error('outside fixtures');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    })();
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
