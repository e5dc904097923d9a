// The shared look first: every feature's stylesheet, imported by its components, comes after it.
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './app/i18n';
import { App } from './app/App';
import { Presenter } from './features/recon/Presenter';

const root = document.getElementById('root');
if (root) {
  const presenter = window.location.pathname.replace(/\/+$/, '') === '/presenter';
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>{presenter ? <Presenter /> : <App />}</I18nProvider>
    </StrictMode>,
  );
}
