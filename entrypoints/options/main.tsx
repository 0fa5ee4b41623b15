import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './options.css';
import { LanguageRoot } from '@/components/LanguageRoot';
import { loadSettings } from '@/lib/settings/settings-store';
import { OptionsPage } from './OptionsPage';

const root = document.getElementById('app');
if (root) {
  void loadSettings(browser.storage.local).then((settings) =>
    render(
      <LanguageRoot title="options.title">
        <OptionsPage settings={settings} />
      </LanguageRoot>,
      root,
    ),
  );
}
