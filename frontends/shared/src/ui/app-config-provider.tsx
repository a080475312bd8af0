import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';
import { AntdConfigProvider } from './antd-config-provider.js';

/**
 * antd's configuration for a whole app: the Careline theme, the locale following the UI language, and
 * antd's App (`App.useApp()` for message, notification and modal). antd is not a federation share
 * (each app bundles the parts it draws, tree-shaken), so a context from the shell's copy never reaches
 * a remote's components: the shell's signed-in screens, each remote's exposed app and a standalone
 * remote each mount this around what they draw, and so look alike (docs/frontend-delivery.md).
 */
export function AppConfigProvider({ children }: { children: ReactNode }) {
  return (
    <AntdConfigProvider>
      <AntdApp>{children}</AntdApp>
    </AntdConfigProvider>
  );
}
