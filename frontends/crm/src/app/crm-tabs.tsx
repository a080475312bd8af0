import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCrmPath } from './use-crm-path.js';

/** The pages of the CRM remote, in the order they are shown. */
export const crmPages = ['customers', 'consultation', 'follow-ups', 'complaints'] as const;
export type CrmPage = (typeof crmPages)[number];

/** The CRM's page tabs above the routed page (test id `crm-tab-<page>`). */
export function CrmTabs({ children }: { children: ReactNode }) {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = crmPages.find((page) => pathname.startsWith(path(page))) ?? 'customers';
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(path(key))}
        items={crmPages.map((page) => ({ key: page, label: <span data-testid={`crm-tab-${page}`}>{t(`pages.${page}`)}</span> }))}
      />
      {children}
    </>
  );
}
