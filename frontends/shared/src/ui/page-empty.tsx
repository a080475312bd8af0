import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The state of a page or panel that loaded and found nothing for the current filters. */
export function PageEmpty({ description, testId = 'page-empty' }: { description?: ReactNode; testId?: string }) {
  const { t } = useTranslation('common');
  return (
    <div data-testid={testId} style={{ padding: '48px 0' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('empty')} />
    </div>
  );
}
