import { skipToken, useQuery } from '@apollo/client/react';
import { readGraphqlError, useLanguage } from '@careline/frontend-shared';
import { Alert, Form, InputNumber, Modal, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment, ScorecardRowFieldsFragment, ScorecardTemplateFieldsFragment } from '../../../gql/graphql';
import { ScorecardStaffDocument } from '../graphql/scorecards.documents.js';
import { useSetJudgedScore } from '../hooks/use-scorecards.js';

interface JudgedForm {
  departmentCode: string;
  staffId: string;
  scores: Record<string, number | null>;
}

/**
 * 录入评分: the judged items (conduct, administration, …) of one staff member for the month, 0–100.
 * The entry also says which position and department the staff member is scored in (analytics has
 * no staff feed from identity), so a staff member picked here appears in the month's scorecards.
 */
export function JudgedScoreModal({
  open,
  month,
  template,
  row,
  departments,
  lockedDepartment,
  onClose,
}: {
  open: boolean;
  month: string;
  template: ScorecardTemplateFieldsFragment;
  /** the staff member's row when entering from the table; undefined to pick a staff member */
  row: ScorecardRowFieldsFragment | undefined;
  departments: DepartmentFieldsFragment[];
  /** a department admin's department: staff are picked from it only */
  lockedDepartment: string | undefined;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const [form] = Form.useForm<JudgedForm>();
  const [setJudged, { loading }] = useSetJudgedScore();
  const [failure, setFailure] = useState<string>();
  const judgedItems = useMemo(() => template.items.filter((item) => item.kind === 'JUDGED'), [template]);
  const departmentCode = Form.useWatch('departmentCode', form);
  const staff = useQuery(ScorecardStaffDocument, open && departmentCode && !row ? { variables: { departmentCode } } : skipToken);
  // staff holding the template's position first; anyone in the department may be scored in it
  const staffOptions = [...(staff.data?.staffMembers?.nodes ?? [])]
    .sort((a, b) => Number(b.position === template.positionCode) - Number(a.position === template.positionCode))
    .map((member) => ({
      value: member.id,
      label: member.position === template.positionCode ? member.name : `${member.name}（${member.position}）`,
      name: member.name,
    }));

  useEffect(() => {
    if (!open) return;
    setFailure(undefined);
    const entered = Object.fromEntries(judgedItems.map((item) => [item.code, row?.items.find((i) => i.code === item.code)?.value ?? null]));
    form.setFieldsValue({ departmentCode: row?.departmentCode ?? lockedDepartment ?? undefined, staffId: row?.staffId, scores: entered });
  }, [open, row, lockedDepartment, judgedItems, form]);

  const submit = async (values: JudgedForm) => {
    setFailure(undefined);
    const staffName = row?.staffName ?? staffOptions.find((option) => option.value === values.staffId)?.name ?? null;
    try {
      await setJudged({
        variables: {
          input: {
            month,
            staffId: values.staffId,
            staffName,
            positionCode: template.positionCode,
            departmentCode: values.departmentCode,
            scores: judgedItems
              .filter((item) => values.scores?.[item.code] !== null && values.scores?.[item.code] !== undefined)
              .map((item) => ({ itemCode: item.code, score: values.scores[item.code]! })),
          },
        },
      });
      onClose(true);
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  return (
    <Modal
      open={open}
      title={t('scorecards.judgeTitle', { month, position: language === 'en' ? template.nameEn : template.nameZh })}
      okText={t('scorecards.save')}
      okButtonProps={{ loading, ...({ 'data-testid': 'kpi-judged-save' } as Record<`data-${string}`, string>) }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<JudgedForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="kpi-judged-form">
        <Form.Item name="departmentCode" label={t('scorecards.department')} rules={[{ required: true }]}>
          <Select
            disabled={row !== undefined || lockedDepartment !== undefined}
            data-testid="kpi-judged-department"
            onChange={() => form.setFieldValue('staffId', undefined)}
            options={departments.map((department) => ({
              value: department.code,
              label: language === 'en' ? department.nameEn : department.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="staffId" label={t('scorecards.staff')} rules={[{ required: true, message: t('scorecards.staffRequired') }]}>
          {row ? (
            <Select disabled options={[{ value: row.staffId, label: row.staffName ?? row.staffId.slice(0, 8) }]} />
          ) : (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={staff.loading}
              options={staffOptions}
              data-testid="kpi-judged-staff"
            />
          )}
        </Form.Item>
        {judgedItems.map((item) => (
          <Form.Item
            key={item.code}
            name={['scores', item.code]}
            label={`${language === 'en' ? item.nameEn : item.nameZh}（${t('scorecards.weightShort', { weight: item.weight })}）`}
            extra={t('scorecards.judgedHint')}
          >
            <InputNumber<number> min={0} max={100} precision={0} style={{ width: '100%' }} data-testid={`kpi-judged-${item.code}`} />
          </Form.Item>
        ))}
        {failure ? <Alert type="error" showIcon title={failure} data-testid="kpi-judged-error" /> : null}
      </Form>
    </Modal>
  );
}
