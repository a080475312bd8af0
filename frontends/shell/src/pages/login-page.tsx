import { LanguageSwitch, SignInForm } from '@careline/frontend-shared/first-screen';
import { Flex, theme } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { productName } from '../app/product-name.js';

/**
 * The sign-in page: the only screen open to everyone, and the portal's first screen, so it is drawn
 * with few antd components (headings and the card are styled from the theme's tokens rather than with
 * Typography and Card, which bring tooltips, tabs and menus along: docs/frontend-delivery.md).
 * `onShown` runs once it has been drawn (the shell loads the signed-in screens meanwhile).
 */
export function LoginPage({ onShown }: { onShown?: () => void }) {
  const { t } = useTranslation('session');
  const { token } = theme.useToken();
  useEffect(() => {
    if (!onShown) return;
    const id = window.setTimeout(onShown, 0);
    return () => window.clearTimeout(id);
  }, [onShown]);
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{
        minHeight: '100vh',
        boxSizing: 'border-box',
        padding: 24,
        background: token.colorBgLayout,
        color: token.colorText,
        fontFamily: token.fontFamily,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
      }}
      data-testid="login-page"
    >
      <h1
        style={{
          margin: 0,
          color: token.colorPrimary,
          fontSize: token.fontSizeHeading2,
          lineHeight: token.lineHeightHeading2,
          fontWeight: token.fontWeightStrong,
        }}
        data-testid="product-name"
      >
        {productName}
      </h1>
      <section
        style={{
          width: '100%',
          maxWidth: 400,
          boxSizing: 'border-box',
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <h2
          style={{
            marginTop: 0,
            marginBottom: token.marginXS,
            color: token.colorTextHeading,
            fontSize: token.fontSizeHeading4,
            lineHeight: token.lineHeightHeading4,
            fontWeight: token.fontWeightStrong,
          }}
        >
          {t('signIn.title')}
        </h2>
        <p style={{ marginTop: 0, marginBottom: '1em', color: token.colorTextSecondary }}>{t('signIn.subtitle')}</p>
        <SignInForm />
      </section>
      <LanguageSwitch />
    </Flex>
  );
}
