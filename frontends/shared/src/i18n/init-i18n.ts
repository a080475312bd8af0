import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDayjsLocale } from './apply-dayjs-locale.js';
import { sessionResources } from '../session/session-resources.js';
import { commonResources } from './common-resources.js';
import { readStoredLanguage } from './read-stored-language.js';
import { supportedLanguages, type Language } from './supported-languages.js';

type Bundle = Record<string, unknown>;

/** Per-namespace strings in every supported language, e.g. `{ kpi: { 'zh-CN': {...}, en: {...} } }`. */
export type I18nResources = Record<string, Record<Language, Bundle>>;

/**
 * Initialises the page's one i18next (a federation singleton) on first call and adds the caller's
 * namespaces on every call. The shell calls it at start; a remote calls it with its own strings
 * when it mounts (hosted or standalone), so it never owns the language, it only adds words.
 */
export function initI18n(resources: I18nResources = {}): i18n {
  const all: I18nResources = { common: commonResources, session: sessionResources, ...resources };
  if (!i18next.isInitialized) {
    const language = readStoredLanguage();
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: supportedLanguages[0],
      supportedLngs: [...supportedLanguages],
      ns: ['common'],
      defaultNS: 'common',
      // the shared strings go in at init: i18next settles `resolvedLanguage` (what useLanguage reports,
      // and so antd's locale) only among languages that have strings then, and bundles added later
      // do not revisit it, so with none a stored "en" would resolve to nothing and the UI mix languages
      resources: Object.fromEntries(
        supportedLanguages.map((lng) => [lng, { common: commonResources[lng], session: sessionResources[lng] }]),
      ),
      // resources are inline, so initialisation finishes synchronously and the first render is translated
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
    applyDayjsLocale(language);
  }
  for (const [namespace, byLanguage] of Object.entries(all)) {
    for (const language of supportedLanguages) {
      if (!i18next.hasResourceBundle(language, namespace)) {
        i18next.addResourceBundle(language, namespace, byLanguage[language], true, false);
      }
    }
  }
  return i18next;
}
