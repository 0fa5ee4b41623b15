import { render } from 'preact';
import '@/components/theme.css';
import './dashboard.css';
import { DashboardApp } from './DashboardApp';

const root = document.getElementById('app');
if (root) render(<DashboardApp />, root);
