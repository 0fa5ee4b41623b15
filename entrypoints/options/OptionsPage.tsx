import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/OptionsForm';
import { useText } from '@/components/LanguageRoot';
import { YourData } from '@/components/your-data/YourData';
import { saveSettings } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/settings';

/** The options page: the settings form, then "Your data" (export, backup, import, erase). */
export function OptionsPage({ settings }: { settings: Settings }) {
  const text = useText();
  // A restored backup replaces the settings under the form: it is drawn afresh from them, so that saving the form
  // next does not quietly write back what it was first opened with.
  const [shown, setShown] = useState({ settings, revision: 0 });
  return (
    <main class="options-page">
      <h1>{text('options.title')}</h1>
      <OptionsForm key={shown.revision} settings={shown.settings} onSave={(next) => saveSettings(browser.storage.local, next)} />
      <YourData onSettingsRestored={(restored) => setShown(({ revision }) => ({ settings: restored, revision: revision + 1 }))} />
    </main>
  );
}
