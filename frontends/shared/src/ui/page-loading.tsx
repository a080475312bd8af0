import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page or a panel whose data is on its way. */
export function PageLoading({ testId = 'page-loading' }: { testId?: string }) {
  const { t } = useTranslation('common');
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} data-testid={testId}>
      <Spin size="large" description={t('loading')} />
    </Flex>
  );
}
