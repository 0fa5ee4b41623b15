import { render } from 'preact';
import '@/components/theme.css';
import '@/components/dashboard.css';
import { LanguageRoot } from '@/components/LanguageRoot';
import { Dashboard } from '@/components/Dashboard';

const root = document.getElementById('app');
if (root) {
  render(
    <LanguageRoot title="dashboard.title">
      <Dashboard />
    </LanguageRoot>,
    root,
  );
}
