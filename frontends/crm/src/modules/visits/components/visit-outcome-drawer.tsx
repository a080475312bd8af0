import { useMutation } from '@apollo/client/react';
import { formatFen, readGraphqlError, useDepartmentName, useHospitalTime, useIdempotentSubmit, yuanToFen } from '@careline/frontend-shared';
import { Alert, Button, Descriptions, Drawer, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { MembershipPrompt } from './membership-prompt.js';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import { useDoctorLabel } from '../../appointments/hooks/use-doctor-label.js';
import type { CrmVisitFragment as Visit } from '../../../gql/graphql';
import { RecordVisitOutcomeDocument } from '../graphql/visits.documents.js';

interface Values {
  dealt: boolean;
  amount?: string;
  receiptNumber?: string;
  items?: string[];
}

const failureText: Record<string, string> = {
  RECEIPT_TAKEN: 'visitOutcome.receiptTaken',
  OUTCOME_ALREADY_RECORDED: 'visitOutcome.alreadyRecorded',
};

/**
 * 成交结果 of one visit, in a drawer: deal or not; a deal with its amount typed in yuan (sent to crm as
 * integer fen, read from the typed digits, never through a float) and receipt number, and the items.
 * crm records it once.
 */
export function VisitOutcomeDrawer({
  visit,
  onClose,
  onRecorded,
}: {
  visit: Visit | null;
  onClose: () => void;
  onRecorded: (visit: Visit) => void;
}) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const doctorLabel = useDoctorLabel();
  const departmentName = useDepartmentName();
  const { recordsOutcomes } = useCrmPermissions();
  const [form] = Form.useForm<Values>();
  const dealt = Form.useWatch('dealt', form);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [record] = useMutation(RecordVisitOutcomeDocument);

  useEffect(() => {
    if (!visit) return;
    form.resetFields();
    setFailure(null);
  }, [visit, form]);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values) => {
    if (!visit) return false;
    setFailure(null);
    try {
      const { data } = await record({
        variables: {
          input: {
            visitId: visit.id,
            dealt: values.dealt,
            amountFen: values.dealt ? yuanToFen(values.amount) : null,
            receiptNumber: values.dealt ? (values.receiptNumber?.trim() ?? null) : null,
            items: (values.items ?? []).map((item) => item.trim()).filter(Boolean),
          },
        },
      });
      if (!data) return false;
      onRecorded(data.recordVisitOutcome);
      return true;
    } catch (error) {
      const { message, extensions } = readGraphqlError(error);
      const reason = extensions['reason'] as string | undefined;
      setFailure({ title: reason && failureText[reason] ? t(failureText[reason]) : t('visitOutcome.failed'), message });
      return false;
    }
  });

  const recorded = visit?.dealt !== null && visit?.dealt !== undefined;
  return (
    <Drawer
      open={visit !== null}
      onClose={onClose}
      size={520}
      title={t('visitOutcome.title')}
      extra={
        visit &&
        (recorded ? (
          <Tag color={visit.dealt ? 'green' : 'orange'}>{visit.dealt ? t('visitOutcome.yes') : t('visitOutcome.no')}</Tag>
        ) : (
          <Tag>{t('visitDesk.pending')}</Tag>
        ))
      }
      data-testid="crm-visit-outcome-drawer"
    >
      {visit && (
        <Flex vertical gap={16}>
          <MembershipPrompt visit={visit} variant="alert" />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('visitDesk.customer')}>
              <CustomerNameLink id={visit.customerId} />
            </Descriptions.Item>
            <Descriptions.Item label={t('visitDesk.arrivedAt')}>{hospitalTime(visit.arrivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('visitDesk.type')}>{t(`visitTypes.${visit.type}`)}</Descriptions.Item>
            <Descriptions.Item label={t('visitDesk.department')}>{departmentName(visit.departmentCode)}</Descriptions.Item>
            <Descriptions.Item label={t('visitDesk.doctor')}>
              {visit.doctorId ? doctorLabel(visit.doctorId, visit.doctor) : t('visitDesk.noDoctor')}
              {visit.designatedDoctor && (
                <Tag color="purple" style={{ marginLeft: 8 }}>
                  {t('visitDesk.designated')}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('visitDesk.consultant')}>
              <StaffName id={visit.onsiteConsultantId} staff={visit.onsiteConsultant} testId="crm-visit-outcome-consultant" />
            </Descriptions.Item>
            <Descriptions.Item label={t('visitOutcome.registeredBy')}>
              <StaffName id={visit.registeredBy} staff={visit.registeredByStaff} />
            </Descriptions.Item>
            {recorded && (
              <>
                <Descriptions.Item label={t('visitOutcome.dealt')}>
                  <span data-testid="crm-visit-outcome-recorded">
                    {visit.dealt ? t('visitDesk.dealt', { amount: formatFen(visit.dealAmountFen ?? 0) }) : t('visitDesk.notDealt')}
                  </span>
                </Descriptions.Item>
                {visit.receiptNumber && <Descriptions.Item label={t('visitOutcome.receipt')}>{visit.receiptNumber}</Descriptions.Item>}
                {visit.items.length > 0 && <Descriptions.Item label={t('visitOutcome.items')}>{visit.items.join('、')}</Descriptions.Item>}
                <Descriptions.Item label={t('visitOutcome.recordedBy')}>
                  <StaffName id={visit.dealRecordedBy} staff={visit.dealRecordedByStaff} />
                </Descriptions.Item>
                <Descriptions.Item label={t('visitOutcome.recordedAt')}>{hospitalTime(visit.dealRecordedAt)}</Descriptions.Item>
              </>
            )}
          </Descriptions>
          {!recorded && !recordsOutcomes && <Typography.Text type="secondary">{t('visitOutcome.notAllowed')}</Typography.Text>}
          {!recorded && recordsOutcomes && (
            <>
              {failure && (
                <Alert type="error" showIcon title={failure.title} description={failure.message} data-testid="crm-visit-outcome-error" />
              )}
              <Form<Values>
                form={form}
                layout="vertical"
                initialValues={{ dealt: true, items: [] }}
                onFinish={(values) => void submit(values)}
                onValuesChange={() => changed()}
                disabled={submitting}
              >
                <Form.Item name="dealt" label={t('visitOutcome.dealt')} rules={[{ required: true, message: t('form.required') }]}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    options={[
                      { value: true, label: <span data-testid="crm-visit-outcome-dealt-yes">{t('visitOutcome.yes')}</span> },
                      { value: false, label: <span data-testid="crm-visit-outcome-dealt-no">{t('visitOutcome.no')}</span> },
                    ]}
                  />
                </Form.Item>
                {dealt !== false && (
                  <>
                    <Form.Item
                      name="amount"
                      label={t('visitOutcome.amount')}
                      rules={[
                        { required: true, message: t('form.required') },
                        {
                          validator: (_, value: string | undefined) => {
                            if (!value) return Promise.resolve();
                            const fen = yuanToFen(value);
                            if (fen === null || fen < 0) return Promise.reject(new Error(t('visitOutcome.amountInvalid')));
                            return fen === 0 ? Promise.reject(new Error(t('visitOutcome.amountPositive'))) : Promise.resolve();
                          },
                        },
                      ]}
                    >
                      <Input prefix="¥" inputMode="decimal" placeholder="1280.50" data-testid="crm-visit-outcome-amount" />
                    </Form.Item>
                    <Form.Item
                      name="receiptNumber"
                      label={t('visitOutcome.receipt')}
                      rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                    >
                      <Input maxLength={64} data-testid="crm-visit-outcome-receipt" />
                    </Form.Item>
                  </>
                )}
                <Form.Item name="items" label={t('visitOutcome.items')} extra={t('visitOutcome.itemsHint')}>
                  <Select mode="tags" open={false} tokenSeparators={[',', '，']} data-testid="crm-visit-outcome-items" />
                </Form.Item>
                <Flex gap={8} align="center" wrap>
                  <Button type="primary" htmlType="submit" loading={submitting} data-testid="crm-visit-outcome-submit">
                    {t('visitOutcome.submit')}
                  </Button>
                  <Typography.Text type="secondary">{t('visitOutcome.onceOnly')}</Typography.Text>
                </Flex>
              </Form>
            </>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
