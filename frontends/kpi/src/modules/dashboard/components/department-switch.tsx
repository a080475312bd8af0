import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@careline/frontend-shared';
import type { DepartmentFieldsFragment } from '../../../gql/graphql';

const wholeHospital = '';

/** The director's choice of department; empty means the whole hospital. */
export function DepartmentSwitch({
  departments,
  value,
  onChange,
}: {
  departments: DepartmentFieldsFragment[];
  value: string | undefined;
  onChange: (departmentCode: string | null) => void;
}) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  return (
    <Select<string>
      aria-label={t('dashboard.department')}
      data-testid="kpi-department-switch"
      style={{ minWidth: 160 }}
      value={value ?? wholeHospital}
      showSearch={{ optionFilterProp: 'label' }}
      options={[
        { value: wholeHospital, label: t('dashboard.wholeHospital') },
        ...departments.map((department) => ({ value: department.code, label: language === 'en' ? department.nameEn : department.name })),
      ]}
      onChange={(code) => onChange(code === wholeHospital ? null : code)}
    />
  );
}
