import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/OptionsForm';
import { useText } from '@/components/LanguageRoot';
import { saveSettings } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/settings';

/** The options page: the settings form (a "Your data" part for export, import and erasing goes after it). */
export function OptionsPage({ settings }: { settings: Settings }) {
  const text = useText();
  return (
    <main class="options-page">
      <h1>{text('options.title')}</h1>
      <OptionsForm settings={settings} onSave={(next) => saveSettings(browser.storage.local, next)} />
    </main>
  );
}
