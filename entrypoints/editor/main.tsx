import { render } from 'preact';
import '@/components/theme.css';
import './editor.css';
import { LanguageRoot } from '@/components/LanguageRoot';
import { EditorApp } from './EditorApp';

const root = document.getElementById('app');
if (root) {
  render(
    <LanguageRoot title="editor.title">
      <EditorApp />
    </LanguageRoot>,
    root,
  );
}
