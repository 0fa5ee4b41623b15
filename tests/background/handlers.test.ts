import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { TabStore } from '@/lib/tabs/tab-store';
import { AnnotationStore } from '@/lib/annotations/store';
import { highlight } from '../support/annotations';
import { compose } from '../support/corrections';
import { smallKnowledgeBase } from '../support/small-kb';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';
import { DEFAULT_SETTINGS, withSite } from '@/lib/settings/settings';

describe('background handlers', () => {
  const badges = new Map<number, string>();
  const kb = smallKnowledgeBase();
  let store: Promise<AnnotationStore> | null = null;
  const closed: Array<[number, string | null]> = [];
  const injected: Array<[number, number]> = [];
  const handlers = createHandlers({
    knowledgeBase: async () => kb,
    annotations: () => (store ??= AnnotationStore.open('handlers-test')),
    events: async () => [
      {
        id: 'evt-2024-sco-summit-astana',
        start: '2024-07-03',
        end: '2024-07-04',
        place: 'loc:kz',
        participants: ['per:xi-jinping', 'per:vladimir-putin', 'org:sco'],
        kind: 'summit',
        importance: 3,
        title: { vi: 'Thượng đỉnh SCO tại Astana', en: 'SCO summit in Astana' },
        summary: { vi: 'Tóm tắt.', en: 'Summary.' },
      },
    ],
    now: () => new Date('2026-11-23T00:00:00Z'),
    newId: () => 'draft-1',
    editorClosed: async (tabId, annotation) => {
      closed.push([tabId, annotation?.id ?? null]);
    },
    tabs: new TabStore(browser.storage.session),
    setBadge: async (tabId, text) => {
      badges.set(tabId, text);
    },
    injectContentUi: async (tabId, frameId) => {
      injected.push([tabId, frameId]);
    },
    settings: () => loadSettings(browser.storage.local),
  });

  beforeEach(() => {
    fakeBrowser.reset();
    badges.clear();
  });

  it('injects the content script\'s interface half into the frame that asks, and nowhere without a tab', async () => {
    expect(await handlers['content/load-ui']({}, { tabId: 7, frameId: 3 })).toEqual({ loaded: true });
    expect(await handlers['content/load-ui']({}, { tabId: 8 })).toEqual({ loaded: true });
    expect(await handlers['content/load-ui']({}, { tabId: null })).toEqual({ loaded: false });
    expect(injected).toEqual([[7, 3], [8, 0]]);
  });

  it('tells a page how the stored settings apply to its host, defaults when nothing is stored', async () => {
    expect(await handlers['content/settings']({ hostname: 'tuoitre.vn' }, { tabId: 1 })).toMatchObject({
      siteEnabled: true,
      newsSite: true,
      readsArticles: true,
      colourRules: '',
    });
    await saveSettings(browser.storage.local, {
      ...withSite(DEFAULT_SETTINGS, 'tuoitre.vn', false),
      shownTypes: { ...DEFAULT_SETTINGS.shownTypes, EVENT: false },
    });
    const off = await handlers['content/settings']({ hostname: 'tuoitre.vn' }, { tabId: 1 });
    expect(off.siteEnabled).toBe(false);
    expect(off.shownTypes.EVENT).toBe(false);
    expect((await handlers['content/settings']({ hostname: 'blog.example' }, { tabId: 1 })).newsSite).toBe(false);
  });

  it('analyses text without keeping state, detecting the language when the page does not say', async () => {
    const reply = await handlers['page/analyse']({ lang: null, text: 'Tập Cận Bình gặp Putin ở Nga.' }, { tabId: 4 });
    expect(reply.lang).toBe('vi');
    expect(reply.mentions.map((mention) => mention.text)).toEqual(['Tập Cận Bình', 'Putin', 'Nga']);
    expect(badges.size).toBe(0);
    expect(await handlers['tab/entities']({ tabId: 4 }, { tabId: null })).toBeNull();
  });

  it('keeps what a tab reports for the popup and sets the badge', async () => {
    const mentions = [
      { id: 'per:xi-jinping', type: 'PER' as const, text: 'Tập Cận Bình', count: 1 },
      { id: 'per:xi-jinping', type: 'PER' as const, text: 'Xi Jinping', count: 1 },
      { id: 'loc:ru', type: 'LOC' as const, text: 'Nga', count: 1 },
      { id: null, type: 'PER' as const, text: 'Lò Văn Páo', count: 1 },
    ];
    const reply = await handlers['page/report']({ url: 'https://news.example/a', title: 'Tin', lang: 'vi', published: '2024-05-21T02:00:00.000Z', mentions }, { tabId: 4 });
    expect(reply.entities).toBe(3);
    expect(badges.get(4)).toBe('3');
    const stored = await handlers['tab/entities']({ tabId: 4 }, { tabId: null });
    expect(stored?.title).toBe('Tin');
    const cards = await handlers['tab/events']({ tabId: 4, limit: 3 }, { tabId: null });
    expect(cards.map((card) => [card.title, card.reason])).toEqual([['Thượng đỉnh SCO tại Astana', expect.stringContaining('sau bài báo này')]]);
    expect(await handlers['tab/events']({ tabId: 9, limit: 3 }, { tabId: null })).toEqual([]);
    expect(stored?.entities.map((entity) => [entity.name, entity.count])).toEqual([
      ['Tập Cận Bình', 2],
      ['Lò Văn Páo', 1],
      ['Nga', 1],
    ]);
  });

  it('keeps tabs apart and survives a new store instance (a restarted worker)', async () => {
    await handlers['page/report']({ url: 'u1', title: 'one', lang: 'en', published: null, mentions: [{ id: 'loc:cn', type: 'LOC', text: 'China', count: 1 }] }, { tabId: 1 });
    await handlers['page/report']({ url: 'u2', title: 'two', lang: 'en', published: null, mentions: [{ id: 'loc:kz', type: 'LOC', text: 'Kazakhstan', count: 1 }] }, { tabId: 2 });
    const restarted = new TabStore(browser.storage.session);
    expect((await restarted.get(1))?.entities.map((entity) => entity.name)).toEqual(['China']);
    expect((await restarted.get(2))?.entities.map((entity) => entity.name)).toEqual(['Kazakhstan']);
    await restarted.forget(1);
    expect(await restarted.get(1)).toBeNull();
  });

  it('gives an entity\u2019s details for the card, aliases without the display names', async () => {
    const details = await handlers['entity/details']({ id: 'org:sco' }, { tabId: 4 });
    expect(details?.name).toEqual({ vi: 'Tổ chức Hợp tác Thượng Hải', en: 'Shanghai Cooperation Organisation' });
    expect(details?.aliases).toContain('SCO');
    expect(details?.aliases).not.toContain('Tổ chức Hợp tác Thượng Hải');
    expect(details?.events.map((event) => event.id)).toEqual(['evt-2024-sco-summit-astana']);
    expect(await handlers['entity/details']({ id: 'per:nobody' }, { tabId: 4 })).toBeNull();
  });

  it('saves and lists a page\u2019s annotations, and answers a bad one with the reason', async () => {
    const annotation = highlight('https://news.example/a', 'Kazakhstan');
    const saved = await handlers['annotation/save']({ annotation }, { tabId: 4 });
    expect(saved.ok).toBe(true);
    const listed = await handlers['annotation/list-page']({ source: 'https://news.example/a' }, { tabId: 4 });
    expect(listed.ok && listed.value.map((item) => item.id)).toEqual([annotation.id]);
    const bad = await handlers['annotation/save']({ annotation: { ...annotation, motivation: 'forging' } as never }, { tabId: 4 });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
    if (!bad.ok) expect(bad.message).toMatch(/motivation/);
  });

  it('hands a draft to the editor and tells the tab only about an annotation the store really holds', async () => {
    const annotation = highlight('https://news.example/c', 'Hội nghị Thượng đỉnh SCO', { 'newslens:kind': 'note', motivation: 'commenting' });
    const { draftId } = await handlers['annotation/draft']({ kind: 'note', target: annotation.target }, { tabId: 6 });
    expect(await handlers['annotation/draft-get']({ draftId }, { tabId: null })).toEqual({ kind: 'note', target: annotation.target });
    // The editor claims a save that never happened: the tab is told nothing was saved.
    expect(await handlers['editor/done']({ draftId, annotation }, { tabId: null })).toEqual({ ok: true });
    expect(closed.at(-1)).toEqual([6, null]);
    expect(await handlers['editor/done']({ draftId, annotation: null }, { tabId: null })).toEqual({ ok: false });
    const second = await handlers['annotation/draft']({ kind: 'note', target: annotation.target }, { tabId: 6 });
    await handlers['annotation/save']({ annotation }, { tabId: null });
    await handlers['editor/done']({ draftId: second.draftId, annotation }, { tabId: null });
    expect(closed.at(-1)).toEqual([6, annotation.id]);
  });

  it('applies the reader\u2019s entity corrections to every page it analyses, and follows their changes', async () => {
    const text = 'Bà Hoàng Thị Mơ gặp Putin ở Nga.';
    const before = await handlers['page/analyse']({ lang: 'vi', text }, { tabId: 4 });
    expect(before.mentions.map((m) => m.text)).toEqual(['Hoàng Thị Mơ', 'Putin', 'Nga']);
    const reject = compose('Putin', 'NOT_AN_ENTITY');
    await handlers['annotation/save']({ annotation: reject }, { tabId: 4 });
    await handlers['annotation/save']({ annotation: compose('Nga', 'ORG', 'org:example') }, { tabId: 4 });
    const after = await handlers['page/analyse']({ lang: 'vi', text: `Tin khác: ${text}` }, { tabId: 7 });
    expect(after.mentions.map((m) => [m.text, m.type])).toEqual([['Hoàng Thị Mơ', 'PER'], ['Nga', 'ORG']]);
    await handlers['annotation/delete']({ id: reject.id }, { tabId: null });
    const restored = await handlers['page/analyse']({ lang: 'vi', text }, { tabId: 4 });
    expect(restored.mentions.map((m) => m.text)).toContain('Putin');
  });

  it('imports a file\u2019s corrections so they apply at once, and erase-all removes them with everything else', async () => {
    const text = 'Ông Lavrov tới Astana.';
    const reject = compose('Astana', 'NOT_AN_ENTITY');
    const merged = await handlers['annotation/merge']({ annotations: [reject, highlight('https://news.example/a', 'Lavrov')] }, { tabId: null });
    expect(merged).toMatchObject({ ok: true, value: { added: 2 } });
    const imported = await handlers['page/analyse']({ lang: 'vi', text }, { tabId: 4 });
    expect(imported.mentions.map((m) => m.text)).not.toContain('Astana');
    const bad = await handlers['annotation/merge']({ annotations: [{ id: 'not-an-annotation' }] }, { tabId: null });
    expect(bad.ok).toBe(false);
    const erased = await handlers['annotation/erase-all']({}, { tabId: null });
    expect(erased.ok && erased.value).toBeGreaterThanOrEqual(2);
    expect(await handlers['annotation/list-all']({}, { tabId: null })).toEqual({ ok: true, value: [] });
    const after = await handlers['page/analyse']({ lang: 'vi', text }, { tabId: 4 });
    expect(after.mentions.map((m) => m.text)).toContain('Astana');
  });
});
