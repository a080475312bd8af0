import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language.js';

/**
 * antd's configuration for a whole page: locale following the UI language, and the Careline theme.
 * Mounted once by the shell (and by a remote only when it runs standalone), so a hosted remote
 * renders inside the shell's provider through the shared antd singleton.
 */
export function AppConfigProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#0e7c86', borderRadius: 6 } }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
