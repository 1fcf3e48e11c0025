/**
 * The language of the console (Russian or English): chosen by the user, remembered for
 * the browser session, by default the browser's. Dates are shown in the policy's time
 * zone (from /console/settings.json), whatever the computer's zone.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CATALOGUES, type Language, type Messages } from './messages';

const LANGUAGE_KEY = 'wce.console.language';

export function initialLanguage(): Language {
  const saved = sessionStorage.getItem(LANGUAGE_KEY);
  if (saved === 'ru' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export interface I18n {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
  /** a label for an API value (status, channel, …): the catalogue's, or the value itself */
  value(v: string | undefined | null): string;
  field(name: string): string;
  timeZone: string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, timeZone }: { children: ReactNode; timeZone: string }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = CATALOGUES[language].appTitle;
  }, [language]);
  const i18n = useMemo<I18n>(() => {
    const t = CATALOGUES[language];
    return {
      language,
      t,
      timeZone,
      setLanguage(next) {
        sessionStorage.setItem(LANGUAGE_KEY, next);
        setLanguageState(next);
      },
      value: (v) => (v ? (t.values[v] ?? v) : t.common.none),
      field: (name) => t.fields[name] ?? name,
    };
  }, [language, timeZone]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
