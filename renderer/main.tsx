import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { serverDecisionRoute } from './collab/decision-requests';
import { provideDecisionRoute } from './project/decision-route';
import { WindowErrorBoundary } from './panels/crash/WindowErrorBoundary';
import './styles/base.css';
import './styles/layout.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/claims.css';
import './styles/review.css';
import './styles/recovery.css';
import './styles/export-dialog.css';
import './styles/preferences.css';
import './styles/theme-dark.css';

// Review decisions in a shared project go to its server.
provideDecisionRoute(serverDecisionRoute);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WindowErrorBoundary>
      <App />
    </WindowErrorBoundary>
  </StrictMode>,
);
