import { render } from 'preact';
import '@/components/theme.css';
import '@/components/dashboard.css';
import { Dashboard } from '@/components/Dashboard';

const root = document.getElementById('app');
if (root) render(<Dashboard />, root);
