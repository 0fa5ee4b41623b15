import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './options.css';
import { OptionsForm } from '@/components/OptionsForm';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';

const root = document.getElementById('app');
if (root) {
  void loadSettings(browser.storage.local).then((settings) =>
    render(
      <main class="options-page">
        <h1>NewsLens options</h1>
        <OptionsForm settings={settings} onSave={(next) => saveSettings(browser.storage.local, next)} />
      </main>,
      root,
    ),
  );
}
