import { languageStorageKey } from './language-storage-key.js';
import { supportedLanguages, type Language } from './supported-languages.js';

/** The persisted language, or zh-CN (the default) when none or an unknown one is stored. */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return supportedLanguages.find((language) => language === stored) ?? supportedLanguages[0];
  } catch {
    // storage can be disabled (privacy mode); fall back to the default rather than fail the page
    return supportedLanguages[0];
  }
}
