import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';

const EXTENSION_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

function setup() {
  const handlers = {
    'page/analyse': vi.fn(async () => ({ lang: 'vi' as const, mentions: [] })),
    'page/report': vi.fn(async () => ({ entities: 0 })),
    'entity/details': vi.fn(async () => null),
    'tab/entities': vi.fn(async () => null),
    'tab/events': vi.fn(async () => []),
    'annotation/save': vi.fn(async () => ({ ok: false as const, reason: 'invalid' as const, message: '' })),
    'annotation/list-page': vi.fn(async () => ({ ok: true as const, value: [] })),
    'annotation/delete': vi.fn(async () => ({ ok: true as const, value: null })),
    'annotation/undo': vi.fn(async () => ({ ok: true as const, value: null })),
    'annotation/list-all': vi.fn(async () => ({ ok: true as const, value: [] })),
    'annotation/delete-many': vi.fn(async () => ({ ok: true as const, value: 0 })),
    'annotation/draft': vi.fn(async () => ({ draftId: 'd' })),
    'annotation/draft-get': vi.fn(async () => null),
    'editor/done': vi.fn(async () => ({ ok: true })),
    'content/load-ui': vi.fn(async () => ({ loaded: true })),
    'content/settings': vi.fn(async () => ({ siteEnabled: true, readsArticles: true, newsSite: false, shownTypes: DEFAULT_SETTINGS.shownTypes, colourRules: '' })),
    'annotation/merge': vi.fn(async () => ({ ok: true as const, value: { added: 0, updated: 0, unchanged: 0 } })),
    'annotation/erase-all': vi.fn(async () => ({ ok: true as const, value: 0 })),
  } satisfies Handlers;
  return { handlers, route: createRouter(handlers, EXTENSION_ID, ORIGIN) };
}

const contentSender = { id: EXTENSION_ID, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const pageSender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const analyse = { type: 'page/analyse', payload: { lang: null, text: 'Nga' } };

describe('background router', () => {
  it('dispatches a valid content-script message with its tab and frame', async () => {
    const { handlers, route } = setup();
    const result = route(analyse, contentSender);
    expect(result.accepted).toBe(true);
    expect(handlers['page/analyse']).toHaveBeenCalledWith(analyse.payload, { tabId: 7, frameId: 0 });
  });

  it('injects the content script\'s interface only for a content script, never for a page', () => {
    const { handlers, route } = setup();
    const load = { type: 'content/load-ui', payload: {} };
    expect(route(load, pageSender).accepted).toBe(false);
    expect(route({ ...load, payload: { file: 'evil.js' } }, contentSender).accepted).toBe(false);
    expect(route(load, { ...contentSender, frameId: 2 }).accepted).toBe(true);
    expect(handlers['content/load-ui']).toHaveBeenCalledWith({}, { tabId: 7, frameId: 2 });
  });

  it('gives a page\'s settings to content scripts only, for a host name', () => {
    const { handlers, route } = setup();
    expect(route({ type: 'content/settings', payload: { hostname: 'tuoitre.vn' } }, contentSender).accepted).toBe(true);
    expect(route({ type: 'content/settings', payload: { hostname: 'x'.repeat(254) } }, contentSender).accepted).toBe(false);
    expect(route({ type: 'content/settings', payload: { hostname: 'tuoitre.vn' } }, pageSender).accepted).toBe(false);
    expect(handlers['content/settings']).toHaveBeenCalledTimes(1);
  });

  it('drops messages from another extension', () => {
    const { handlers, route } = setup();
    expect(route(analyse, { ...contentSender, id: 'someone-else' })).toMatchObject({ accepted: false });
    expect(handlers['page/analyse']).not.toHaveBeenCalled();
  });

  it('lets both content scripts and pages ask for entity details, and only content scripts report a page', () => {
    const { route } = setup();
    expect(route({ type: 'entity/details', payload: { id: 'loc:kz' } }, contentSender).accepted).toBe(true);
    expect(route({ type: 'entity/details', payload: { id: 'loc:kz' } }, pageSender).accepted).toBe(true);
    const report = { type: 'page/report', payload: { url: 'u', title: 't', lang: 'vi', published: null, mentions: [] } };
    expect(route(report, contentSender).accepted).toBe(true);
    expect(route(report, pageSender).accepted).toBe(false);
  });

  it('lets only extension pages delete or undo annotations', () => {
    const { route, handlers } = setup();
    expect(route({ type: 'annotation/delete', payload: { id: 'urn:uuid:x' } }, contentSender).accepted).toBe(false);
    expect(route({ type: 'annotation/undo', payload: {} }, contentSender).accepted).toBe(false);
    expect(route({ type: 'annotation/undo', payload: {} }, pageSender).accepted).toBe(true);
    expect(handlers['annotation/delete']).not.toHaveBeenCalled();
  });

  it('drops a message type sent by the wrong kind of sender', () => {
    const { route } = setup();
    expect(route({ type: 'tab/entities', payload: { tabId: 1 } }, contentSender)).toMatchObject({ accepted: false });
    expect(route({ type: 'annotation/draft-get', payload: { draftId: 'd' } }, contentSender)).toMatchObject({ accepted: false });
  });

  it('lets only extension pages import or erase annotations', () => {
    const { route, handlers } = setup();
    expect(route({ type: 'annotation/erase-all', payload: {} }, contentSender).accepted).toBe(false);
    expect(route({ type: 'annotation/merge', payload: { annotations: [] } }, contentSender).accepted).toBe(false);
    expect(handlers['annotation/erase-all']).not.toHaveBeenCalled();
    expect(route({ type: 'annotation/merge', payload: { annotations: [{ id: 'x' }] } }, pageSender).accepted).toBe(true);
    expect(route({ type: 'annotation/erase-all', payload: {} }, pageSender).accepted).toBe(true);
  });

  it('drops payloads that do not match the schema, naming the problem', () => {
    const { handlers, route } = setup();
    const bad = route({ type: 'page/analyse', payload: { ...analyse.payload, text: 42 } }, contentSender);
    expect(bad.accepted).toBe(false);
    if (!bad.accepted) expect(bad.reason).toMatch(/invalid payload for page\/analyse/);
    expect(route({ type: 'tab/entities', payload: { tabId: -3 } }, pageSender)).toMatchObject({ accepted: false });
    expect(route({ type: 'page/analyse', payload: { ...analyse.payload, extra: 1 } }, contentSender)).toMatchObject({
      accepted: false,
    });
    expect(route('page/analyse', contentSender)).toMatchObject({ accepted: false });
    expect(handlers['page/analyse']).not.toHaveBeenCalled();
  });
});
