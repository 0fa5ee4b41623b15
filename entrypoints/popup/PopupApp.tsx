import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityGroups } from '@/components/EntityGroups';
import { sendToBackground } from '@/lib/messaging/send';
import type { TabEntities } from '@/lib/messaging/protocol';

type State = { status: 'loading' } | { status: 'ready'; page: TabEntities | null } | { status: 'error'; message: string };

/** `?tab=<id>` shows that tab (tests, the dashboard); otherwise the active tab of the current window. */
async function targetTabId(): Promise<number | null> {
  const requested = new URLSearchParams(location.search).get('tab');
  if (requested !== null && /^\d+$/.test(requested)) return Number(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export function PopupApp() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    void (async () => {
      try {
        const tabId = await targetTabId();
        const page = tabId === null ? null : await sendToBackground('tab/entities', { tabId });
        setState({ status: 'ready', page });
      } catch (error) {
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>NewsLens</h1>
        {state.status === 'ready' && state.page && <p class="popup-page-title">{state.page.title}</p>}
      </header>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not reach the extension: {state.message}</p>}
      {state.status === 'ready' && !state.page && (
        <p class="muted">No article found on this page yet.</p>
      )}
      {state.status === 'ready' && state.page && <EntityGroups entities={state.page.entities} lang={state.page.lang} />}
    </main>
  );
}
