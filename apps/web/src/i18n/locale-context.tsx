import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, formatMessage, type Locale, type MessageKey } from './messages';

const STORAGE_KEY = 'junheng.locale';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Chinese by default; the English switch is remembered in localStorage. */
export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for the page only */
    }
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  }, []);
  const value = useMemo<LocaleState>(() => {
    const messages = MESSAGES[locale];
    return { locale, setLocale, t: (key, params) => formatMessage(messages, key, params) };
  }, [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

export function useT(): Translate {
  return useLocale().t;
}
