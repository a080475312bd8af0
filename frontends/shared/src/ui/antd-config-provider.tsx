import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language.js';

/** The Careline theme: every app's antd is configured with these tokens, so the shell and each remote look alike. */
const carelineTheme = { token: { colorPrimary: '#0e7c86', borderRadius: 6 } };

/**
 * antd's ConfigProvider with the Careline theme and the locale of the UI language. The sign-in page
 * (the portal's first screen) needs no more; AppConfigProvider adds antd's App (message, notification,
 * modal hooks) around it for the signed-in screens.
 */
export function AntdConfigProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={carelineTheme}>
      {children}
    </ConfigProvider>
  );
}
