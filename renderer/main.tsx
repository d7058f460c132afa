import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setArgon2Runner } from '../shared/crypto/kdf';
import { App } from './app/App';
import { argon2InWorker } from './crypto/argon2-worker';
import { useLocaleStore } from './i18n';
import '@xyflow/react/dist/style.css';
import './styles/global.css';
import './styles/editor.css';

document.documentElement.lang = useLocaleStore.getState().locale;
// Key derivation never runs on the window's thread (a crafted file could freeze it otherwise).
setArgon2Runner(argon2InWorker());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
