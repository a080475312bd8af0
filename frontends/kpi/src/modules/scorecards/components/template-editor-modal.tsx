import { readGraphqlError, useLanguage } from '@careline/frontend-shared';
import { Alert, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardTemplateFieldsFragment as ScorecardTemplate } from '../../../gql/graphql';
import { useUpdateScorecardTemplate } from '../hooks/use-scorecards.js';

type ScorecardTemplateItem = ScorecardTemplate['items'][number];

interface Draft {
  weight: number | null;
  /** as typed: % for rates, yuan for money, the number itself otherwise */
  target: number | null;
}

/** A target as the director types it: rates in %, money in yuan (the server keeps shares and fen). */
const toInput = (value: number | null, unit: ScorecardTemplateItem['unit']): number | null =>
  value === null ? null : unit === 'PERCENT' ? Math.round(value * 10_000) / 100 : unit === 'FEN' ? value / 100 : value;
const fromInput = (value: number | null, unit: ScorecardTemplateItem['unit']): number | null =>
  value === null ? null : unit === 'PERCENT' ? value / 100 : unit === 'FEN' ? Math.round(value * 100) : value;

/**
 * 编辑模板 (the director): each item's weight and, for measured items, its target (empty = the
 * registry's default). Weights are kept as typed; a total other than 100 is normalised at scoring,
 * and the dialog says so before saving.
 */
export function TemplateEditorModal({
  open,
  template,
  onClose,
}: {
  open: boolean;
  template: ScorecardTemplate;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const [update, { loading }] = useUpdateScorecardTemplate();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (!open) return;
    setFailure(undefined);
    setDrafts(
      Object.fromEntries(template.items.map((item) => [item.code, { weight: item.weight, target: toInput(item.target, item.unit) }])),
    );
  }, [open, template]);

  const total = template.items.reduce((sum, item) => sum + (drafts[item.code]?.weight ?? 0), 0);
  const change = (code: string, patch: Partial<Draft>) => setDrafts((current) => ({ ...current, [code]: { ...current[code]!, ...patch } }));

  const save = async () => {
    setFailure(undefined);
    try {
      await update({
        variables: {
          input: {
            positionCode: template.positionCode,
            items: template.items.map((item) => ({
              code: item.code,
              kind: item.kind,
              kpiCode: item.kpiCode,
              nameZh: item.nameZh,
              nameEn: item.nameEn,
              weight: drafts[item.code]?.weight ?? 0,
              scope: item.scope,
              figure: item.figure,
              variant: item.variant,
              target: item.kind === 'MEASURED' ? fromInput(drafts[item.code]?.target ?? null, item.unit) : null,
            })),
          },
        },
      });
      onClose(true);
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  const unitSuffix = (item: ScorecardTemplateItem) => (item.unit === 'PERCENT' ? '%' : item.unit === 'FEN' ? t('scorecards.yuan') : '');
  const columns: ColumnsType<ScorecardTemplateItem> = [
    { key: 'name', title: t('scorecards.item'), render: (_, item) => (language === 'en' ? item.nameEn : item.nameZh) },
    {
      key: 'kind',
      title: t('scorecards.kind'),
      render: (_, item) => <Tag color={item.kind === 'JUDGED' ? 'purple' : 'blue'}>{t(`scorecards.kinds.${item.kind}`)}</Tag>,
    },
    {
      key: 'weight',
      title: t('scorecards.weight'),
      render: (_, item) => (
        <InputNumber<number>
          min={0.01}
          max={100}
          precision={2}
          suffix="%"
          value={drafts[item.code]?.weight ?? null}
          onChange={(value) => change(item.code, { weight: value })}
          data-testid={`kpi-template-weight-${item.code}`}
        />
      ),
    },
    {
      key: 'target',
      title: t('scorecards.target'),
      render: (_, item) =>
        item.kind === 'JUDGED' ? (
          '—'
        ) : (
          <InputNumber<number>
            min={0}
            placeholder={t('scorecards.defaultTarget')}
            prefix={item.direction === 'LOWER_IS_BETTER' ? '≤' : undefined}
            suffix={unitSuffix(item)}
            value={drafts[item.code]?.target ?? null}
            onChange={(value) => change(item.code, { target: value })}
            style={{ width: 160 }}
            data-testid={`kpi-template-target-${item.code}`}
          />
        ),
    },
  ];

  return (
    <Modal
      open={open}
      width={760}
      title={t('scorecards.editTemplateTitle', { position: language === 'en' ? template.nameEn : template.nameZh })}
      okText={t('scorecards.save')}
      okButtonProps={{ loading, ...({ 'data-testid': 'kpi-template-save' } as Record<`data-${string}`, string>) }}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Table<ScorecardTemplateItem> size="small" rowKey="code" columns={columns} dataSource={template.items} pagination={false} />
      <Typography.Paragraph
        style={{ marginTop: 12 }}
        type={Math.abs(total - 100) > 1e-9 ? 'warning' : 'secondary'}
        data-testid="kpi-template-total"
      >
        {Math.abs(total - 100) > 1e-9
          ? t('scorecards.weightTotalNormalised', { total: Math.round(total * 100) / 100 })
          : t('scorecards.weightTotal')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('scorecards.targetHint')}</Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} data-testid="kpi-template-error" /> : null}
    </Modal>
  );
}
