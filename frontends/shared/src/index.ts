export { createApolloClient } from './graphql/create-apollo-client.js';
export { readGraphqlError, type GraphqlErrorCode, type GraphqlRefusal, type ReadableGraphqlError } from './graphql/read-graphql-error.js';
export { errorMessage, translatedErrorReasons } from './graphql/error-messages.js';
export { applyDayjsLocale } from './i18n/apply-dayjs-locale.js';
export { commonResources } from './i18n/common-resources.js';
export { initI18n, type I18nResources } from './i18n/init-i18n.js';
export { languageStorageKey } from './i18n/language-storage-key.js';
export { readStoredLanguage } from './i18n/read-stored-language.js';
export { supportedLanguages, type Language } from './i18n/supported-languages.js';
export { useLanguage } from './i18n/use-language.js';
export { fetchRuntimeConfig } from './runtime/fetch-runtime-config.js';
export { mountStandaloneRemote, type StandaloneRemote } from './runtime/mount-standalone-remote.js';
export type { RuntimeConfig } from './runtime/runtime-config.js';
export type { Session, SessionStaff } from './session/session.js';
export { SessionProvider } from './session/session-provider.js';
export { SessionStore, type SessionNotice, type SessionState } from './session/session-store.js';
export { SignInForm } from './session/sign-in-form.js';
export { StandaloneFrame } from './session/standalone-frame.js';
export type { StaffRole } from './session/staff-role.js';
export { useSession } from './session/use-session.js';
export { useSignOut } from './session/use-sign-out.js';
export { AntdConfigProvider } from './ui/antd-config-provider.js';
export { AppConfigProvider } from './ui/app-config-provider.js';
export { LanguageSwitch } from './ui/language-switch.js';
export { PageEmpty } from './ui/page-empty.js';
export { PageError } from './ui/page-error.js';
export { PageLoading } from './ui/page-loading.js';
export { preloadableLazy, type PreloadableComponent } from './ui/preloadable-lazy.js';
export { warmStyles } from './ui/warm-styles.js';
export { downloadBase64 } from './export/download-base64.js';
export { downloadBlob } from './export/download-blob.js';
export { buildXlsx, exportXlsx, type XlsxSheet } from './export/export-xlsx.js';
export { xlsxType } from './export/xlsx-type.js';
export { isUuid } from './ids/is-uuid.js';
export { uuidRule } from './ids/uuid-rule.js';
export { fenToYuan } from './money/fen-to-yuan.js';
export { formatFen } from './money/format-fen.js';
export { yuanToFen } from './money/yuan-to-fen.js';
export { adminTabs, crmPages, memberPages, type AdminTab, type CrmPage, type MemberPage } from './navigation/remote-pages.js';
export { currentPage, firstPage, nextPage, pagesFor, previousPage, type CursorPages } from './paging/cursor-pages.js';
export { CursorPager } from './paging/cursor-pager.js';
export type { ConnectionPage, PageInfo } from './paging/page-info.js';
export { PagedTable } from './paging/paged-table.js';
export { useCursorPages, type CursorPaging } from './paging/use-cursor-pages.js';
export { IdempotencyKey, IdempotentSubmitter, type SubmitOutcome } from './submit/idempotency-key.js';
export { useIdempotentSubmit } from './submit/use-idempotent-submit.js';
export { hospitalTimeZone, hospitalUtcOffset } from './time/hospital-time-zone.js';
export {
  formatHospitalTime,
  hospitalDayOf,
  hospitalInstant,
  hospitalToday,
  hospitalWallClock,
  type HospitalWallClock,
} from './time/hospital-wall-clock.js';
export { useHospitalTime } from './time/use-hospital-time.js';
export { QueryError } from './ui/query-error.js';
export { RouteTabs } from './ui/route-tabs.js';
export { useDepartmentName } from './i18n/use-department-name.js';
