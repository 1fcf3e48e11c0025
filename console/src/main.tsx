import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/app';
import { queryClient } from './shell/query';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

/** The policy's time zone (the API serves it beside the console); Moscow is the reference policy's. */
async function settings(): Promise<{ timeZone: string }> {
  try {
    const res = await fetch(`${window.location.origin}/console/settings.json`);
    if (res.ok) return (await res.json()) as { timeZone: string };
  } catch {
    // fall through
  }
  return { timeZone: 'Europe/Moscow' };
}

void settings().then(({ timeZone }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider timeZone={timeZone}>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
