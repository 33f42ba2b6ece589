import '../styles/base.css';
import '../styles/layout.css';
import '../styles/components.css';
import './officer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficerApp } from './officer-app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OfficerApp pathname={window.location.pathname} search={window.location.search} />
    </StrictMode>,
  );
}
