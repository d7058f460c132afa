import { create } from 'zustand';
import { LOCALES, translate, type Locale, type MessageKey } from '../../shared/i18n/messages';
import { getPlatform } from '../platform';

const STORAGE_KEY = 'maillage.locale';

function initialLocale(): Locale {
  // The language choice is not sensitive: it may live in clear in localStorage.
  const saved = localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'fr';
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
    getPlatform().setLocale(locale);
    set({ locale });
  },
}));

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The translation function for the current language; components re-render when it changes. */
export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale);
  return (key, params) => translate(locale, key, params);
}
