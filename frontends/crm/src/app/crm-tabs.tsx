import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CrmPage } from './crm-page.js';
import { useCrmPath } from './use-crm-path.js';

/** The CRM's page tabs above the routed page (test id `crm-tab-<page>`), only those the role may open. */
export function CrmTabs({ pages, children }: { pages: readonly CrmPage[]; children: ReactNode }) {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = pages.find((page) => pathname === path(page) || pathname.startsWith(`${path(page)}/`)) ?? '';
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(path(key))}
        items={pages.map((page) => ({ key: page, label: <span data-testid={`crm-tab-${page}`}>{t(`pages.${page}`)}</span> }))}
      />
      {children}
    </>
  );
}
