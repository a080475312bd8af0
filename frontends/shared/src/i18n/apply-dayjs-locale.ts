import dayjs from 'dayjs';
import zhCn from 'dayjs/locale/zh-cn';
import type { Language } from './supported-languages.js';

/**
 * Switches dayjs (and so antd's date pickers) to the UI language. The locale object is handed to
 * the shared dayjs explicitly: the locale file's own `import 'dayjs'` may resolve to a bundled copy
 * in a remote, which would register the locale on the wrong instance.
 */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? zhCn : 'en');
}
