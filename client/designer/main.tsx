import '../styles/base.css';
import '../styles/layout.css';
import '../styles/components.css';
import '../officer/officer.css';
import './designer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DesignerApp } from './designer-app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DesignerApp pathname={window.location.pathname} />
    </StrictMode>,
  );
}
