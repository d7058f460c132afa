import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useLocaleStore } from './i18n';
import '@xyflow/react/dist/style.css';
import './styles/global.css';
import './styles/editor.css';

document.documentElement.lang = useLocaleStore.getState().locale;

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
