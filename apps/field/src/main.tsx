import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installReact19Render } from './compat/install-react19-render';
import { paths } from './paths';
import './styles/app.css';

installReact19Render();

// '/m' (no slash) is outside the service worker's scope '/m/'; move to '/m/' so reloads work offline.
if (window.location.pathname === paths.tasks.replace(/\/$/, '')) {
  window.history.replaceState(null, '', paths.tasks + window.location.search + window.location.hash);
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
