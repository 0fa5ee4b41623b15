import { render } from 'preact';
import '@/components/theme.css';
import { LanguageRoot } from '@/components/LanguageRoot';
import { PopupApp } from './PopupApp';

const root = document.getElementById('app');
if (root) {
  render(
    <LanguageRoot title="popup.title">
      <PopupApp />
    </LanguageRoot>,
    root,
  );
}
