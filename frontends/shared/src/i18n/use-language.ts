import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDayjsLocale } from './apply-dayjs-locale.js';
import { languageStorageKey } from './language-storage-key.js';
import { supportedLanguages, type Language } from './supported-languages.js';

/** The current UI language and a setter that switches i18next and dayjs and persists the choice. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const language = supportedLanguages.find((candidate) => candidate === i18n.resolvedLanguage) ?? supportedLanguages[0];
  const setLanguage = useCallback(
    (next: Language) => {
      try {
        localStorage.setItem(languageStorageKey, next);
      } catch {
        // not persisted (storage disabled) but still switched for this page
      }
      applyDayjsLocale(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}
