import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityGroups } from '@/components/EntityGroups';
import { DisplaySettings } from '@/components/DisplaySettings';
import { AnnotationList } from '@/components/AnnotationList';
import type { Annotation } from '@/lib/annotations/model';
import { PageExport } from '@/components/PageExport';
import { sendToBackground, sendToTab } from '@/lib/messaging/send';
import type { EventCard, TabEntities } from '@/lib/messaging/protocol';
import { EventCards } from '@/components/EventCards';
import { isSiteEnabled, withSite, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';
import type { EntityType } from '@/lib/ner/types';
import { useText } from '@/components/LanguageRoot';

/** `?tab=<id>` shows that tab (tests, the dashboard); otherwise the active tab of the current window. */
async function findTabId(): Promise<number | null> {
  const requested = new URLSearchParams(location.search).get('tab');
  if (requested !== null && /^\d+$/.test(requested)) return Number(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type PageState =
  | { status: 'loading' }
  /** `site` is the page's host name as its content script tells it; null where no content script runs. */
  | {
      status: 'ready';
      page: TabEntities | null;
      site: string | null;
      isArticle: boolean;
      annotations: Annotation[];
      orphaned: ReadonlySet<string>;
      events: EventCard[];
    }
  | { status: 'error'; message: string };

export function PopupApp() {
  const text = useText();
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [scanning, setScanning] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo: boolean } | null>(null);

  const refresh = useCallback(async (id: number) => {
    const page = await sendToBackground('tab/entities', { tabId: id });
    const status = await sendToTab(id, 'content/status', {}).catch(() => null);
    // Every story's notes: an endless feed holds several stories, each filed under its own address.
    const listed = await Promise.all((status?.annotations.sources ?? []).map((source) => sendToBackground('annotation/list-page', { source })));
    const events = page ? await sendToBackground('tab/events', { tabId: id, limit: 5 }) : [];
    setState({
      status: 'ready',
      page,
      site: status?.site ?? null,
      isArticle: status?.isArticle ?? false,
      annotations: listed.flatMap((reply) => (reply.ok ? reply.value : [])),
      orphaned: new Set(status?.annotations.orphaned ?? []),
      events,
    });
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const found = await findTabId();
        setSettings(await loadSettings(browser.storage.local));
        if (found === null) throw new Error(text('popup.noTab'));
        setTabId(found);
        await refresh(found);
      } catch (error) {
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, [refresh]);

  // The page reports again when its paragraphs change: follow it while the popup is open.
  useEffect(() => {
    if (tabId === null) return undefined;
    const onChange = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'session' && `tab:${tabId}` in changes) void refresh(tabId);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tabId, refresh]);

  const updateSettings = (next: Settings): void => {
    setSettings(next);
    void saveSettings(browser.storage.local, next);
  };

  const scan = async (): Promise<void> => {
    if (tabId === null) return;
    setScanning(true);
    try {
      await sendToTab(tabId, 'page/scan', {});
      await refresh(tabId);
    } finally {
      setScanning(false);
    }
  };

  const remove = async (id: string): Promise<void> => {
    const reply = await sendToBackground('annotation/delete', { id });
    setNotice(reply.ok ? { text: text('popup.deleted'), undo: true } : { text: text('popup.notDeleted', { reason: reply.message }), undo: false });
    if (tabId !== null) await refresh(tabId);
  };

  const undo = async (): Promise<void> => {
    const reply = await sendToBackground('annotation/undo', {});
    setNotice(reply.ok ? null : { text: text('popup.undoFailed', { reason: reply.message }), undo: false });
    if (tabId !== null) await refresh(tabId);
  };

  const showEntity = (key: string): void => {
    if (tabId !== null) void sendToTab(tabId, 'mention/focus', { entityKey: key }).catch(() => undefined);
  };

  const site = state.status === 'ready' ? state.site : null;
  const siteEnabled = settings !== null && site !== null ? isSiteEnabled(settings, site) : true;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{text('popup.title')}</h1>
        {state.status === 'ready' && state.page && <p class="popup-page-title">{state.page.title}</p>}
      </header>
      {state.status === 'loading' && <p class="muted">{text('common.loading')}</p>}
      {state.status === 'error' && <p role="alert">{text('popup.unreachable', { reason: state.message })}</p>}
      {state.status === 'ready' && !state.page && (
        <section class="empty-page">
          {state.site !== null ? (
            <>
              <p class="muted">{state.isArticle ? text('popup.noNames') : text('popup.notArticle')}</p>
              <button type="button" onClick={() => void scan()} disabled={scanning}>
                {scanning ? text('popup.scanning') : text('popup.scan')}
              </button>
            </>
          ) : (
            <p class="muted">{text('popup.noArticleYet')}</p>
          )}
        </section>
      )}
      {state.status === 'ready' && state.page && <EventCards events={state.events} lang={state.page.lang} />}
      {state.status === 'ready' && state.page && (
        <EntityGroups entities={state.page.entities} lang={state.page.lang} onSelect={showEntity} />
      )}
      {state.status === 'ready' && (
        <AnnotationList annotations={state.annotations} orphaned={state.orphaned} onDelete={(id) => void remove(id)} />
      )}
      {notice && (
        <p class="undo-bar" role="status">
          {notice.text}
          {notice.undo && (
            <button type="button" onClick={() => void undo()}>
              {text('common.undo')}
            </button>
          )}
        </p>
      )}
      {state.status === 'ready' && tabId !== null && (state.annotations.length > 0 || state.site !== null) && (
        <PageExport tabId={tabId} annotations={state.annotations} title={state.page?.title ?? null} readable={state.site !== null} />
      )}
      <p class="dashboard-link">
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {text('popup.allAnnotations')}
        </a>
      </p>
      {settings && (
        <DisplaySettings
          settings={settings}
          site={site}
          siteEnabled={siteEnabled}
          onSiteChange={(enabled) => site !== null && updateSettings(withSite(settings, site, enabled))}
          onTypeChange={(type: EntityType, shown) => updateSettings({ ...settings, shownTypes: { ...settings.shownTypes, [type]: shown } })}
        />
      )}
    </main>
  );
}
