import { render } from 'preact';
import '@/components/theme.css';
import './editor.css';
import { EditorApp } from './EditorApp';

const root = document.getElementById('app');
if (root) render(<EditorApp />, root);
