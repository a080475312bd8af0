import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "N in all · page k of m" with previous / next, under a table paged by cursor. */
export function CursorPager({
  page,
  pageSize,
  totalCount,
  hasNextPage,
  onPrevious,
  onNext,
  testId,
}: {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  testId: string;
}) {
  const { t } = useTranslation('common');
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 12 }} data-testid={testId}>
      <Typography.Text type="secondary">{t('pager.summary', { total: totalCount, page, pages })}</Typography.Text>
      <Button size="small" icon={<LeftOutlined />} disabled={page <= 1} onClick={onPrevious} data-testid={`${testId}-previous`}>
        {t('pager.previous')}
      </Button>
      <Button size="small" disabled={!hasNextPage} onClick={onNext} data-testid={`${testId}-next`}>
        {t('pager.next')} <RightOutlined />
      </Button>
    </Flex>
  );
}
