import { createTwinningClient } from '@twinning/sdk';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App.tsx';
import './styles.css';

// Same origin by default: Vite's dev server, `vite preview` and the tests forward /graphql to the API.
const url = import.meta.env.VITE_TWINNING_URL ?? new URL('/graphql', window.location.href).href;
const twinning = createTwinningClient({ url, subscriptions: false });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={twinning.urql}>
      <App />
    </Provider>
  </StrictMode>,
);
