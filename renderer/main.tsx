import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n';
import { App } from './views/App';
import { Presenter } from './views/Presenter';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const presenter = window.location.pathname.replace(/\/+$/, '') === '/presenter';
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>{presenter ? <Presenter /> : <App />}</I18nProvider>
    </StrictMode>,
  );
}
