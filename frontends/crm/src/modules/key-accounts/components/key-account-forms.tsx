import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit, hospitalToday, hospitalInstant } from '@careline/frontend-shared';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import {
  AssessKeyAccountRiskDocument,
  CreateKeyAccountDocument,
  keyAccountKinds,
  LinkCustomerToKeyAccountDocument,
  meetingKinds,
  RecordKeyAccountMeetingDocument,
  ScoreKeyAccountDocument,
  UpdateKeyAccountDocument,
} from '../graphql/key-accounts.documents.js';
import type {
  KeyAccountContactInput,
  KeyAccountDetailFragment as KeyAccountDetail,
  KeyAccountKind,
  MeetingKind,
} from '../../../gql/graphql';

/** A modal form: one idempotent submission at a time, the server's refusal shown above the fields. */
function FormModal<Values extends object>({
  open,
  title,
  testId,
  onClose,
  perform,
  initialValues,
  children,
}: {
  open: boolean;
  title: string;
  testId: string;
  onClose: () => void;
  /** `idempotencyKey`: one per submit of this form, the same on a retry (creates send it) */
  perform: (values: Values, idempotencyKey: string) => Promise<void>;
  initialValues?: Partial<Values>;
  children: ReactNode;
}) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      await perform(values, idempotencyKey);
      form.resetFields();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Modal
      open={open}
      title={title}
      okText={t('complaints.confirm')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': `${testId}-submit` } as never}
      confirmLoading={submitting}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid={testId}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid={`${testId}-failure`} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues as never}
        onValuesChange={changed}
        onFinish={(values) => void submit(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}

const score = (label: string, name: string, testId: string) => (
  <Form.Item
    name={name}
    label={label}
    rules={[{ required: true, type: 'integer', min: 0, max: 100, message: '0–100' }]}
    style={{ flex: 1 }}
  >
    <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} data-testid={testId} />
  </Form.Item>
);

interface AccountValues {
  name: string;
  kind: KeyAccountKind;
  accountManagerId?: string;
  visitProcess?: string;
  expertTeam?: string;
  discountPolicy?: string;
  valueAddedServices?: string[];
  contacts?: { name: string; title?: string; phone?: string }[];
}

/** 新建 / 编辑大客户: name, kind, account manager, service plan and contacts. */
export function KeyAccountFormModal({
  open,
  account,
  onClose,
  onSaved,
}: {
  open: boolean;
  account?: KeyAccountDetail | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation('crm');
  const [create] = useMutation(CreateKeyAccountDocument);
  const [update] = useMutation(UpdateKeyAccountDocument);
  const text = (value: string | undefined) => value?.trim() || null;
  return (
    <FormModal<AccountValues>
      open={open}
      title={account ? t('keyAccounts.edit') : t('keyAccounts.create')}
      testId="crm-ka-form"
      onClose={onClose}
      initialValues={
        account
          ? {
              name: account.name,
              kind: account.kind,
              accountManagerId: account.accountManagerId ?? '',
              visitProcess: account.servicePlan.visitProcess ?? '',
              expertTeam: account.servicePlan.expertTeam ?? '',
              discountPolicy: account.servicePlan.discountPolicy ?? '',
              valueAddedServices: account.servicePlan.valueAddedServices,
              contacts: account.contacts.map((contact) => ({ name: contact.name, title: contact.title ?? '', phone: contact.phone ?? '' })),
            }
          : { kind: 'INSTITUTION', contacts: [], valueAddedServices: [] }
      }
      perform={async (values, idempotencyKey) => {
        const contacts: KeyAccountContactInput[] = (values.contacts ?? [])
          .filter((contact) => contact?.name?.trim())
          .map((contact) => ({ name: contact.name.trim(), title: text(contact.title), phone: text(contact.phone) }));
        const input = {
          name: values.name.trim(),
          kind: values.kind,
          accountManagerId: text(values.accountManagerId),
          servicePlan: {
            visitProcess: text(values.visitProcess),
            expertTeam: text(values.expertTeam),
            discountPolicy: text(values.discountPolicy),
            valueAddedServices: (values.valueAddedServices ?? []).map((value) => value.trim()).filter(Boolean),
          },
          contacts,
        };
        if (account) {
          await update({ variables: { id: account.id, input } });
          onSaved(account.id);
        } else {
          const { data } = await create({ variables: { input, idempotencyKey } });
          if (data) onSaved(data.createKeyAccount.id);
        }
      }}
    >
      <Form.Item name="name" label={t('keyAccounts.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input data-testid="crm-ka-form-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('keyAccounts.kind')}>
        <Radio.Group optionType="button" options={keyAccountKinds.map((value) => ({ value, label: t(`keyAccountKinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="accountManagerId" label={t('keyAccounts.accountManagerId')}>
        <Input placeholder={t('keyAccounts.staffIdPlaceholder')} />
      </Form.Item>
      <Typography.Title level={5}>{t('keyAccounts.servicePlan')}</Typography.Title>
      <Form.Item name="visitProcess" label={t('keyAccounts.visitProcess')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Form.Item name="expertTeam" label={t('keyAccounts.expertTeam')}>
        <Input />
      </Form.Item>
      <Form.Item name="discountPolicy" label={t('keyAccounts.discountPolicy')}>
        <Input />
      </Form.Item>
      <Form.Item name="valueAddedServices" label={t('keyAccounts.valueAddedServices')} extra={t('customerForm.tagsHint')}>
        <Select mode="tags" tokenSeparators={[',', '，']} />
      </Form.Item>
      <Typography.Title level={5}>{t('keyAccounts.contacts')}</Typography.Title>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                  style={{ flex: 1 }}
                >
                  <Input placeholder={t('keyAccounts.contactName')} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} style={{ flex: 1 }}>
                  <Input placeholder={t('keyAccounts.contactTitle')} />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']} style={{ flex: 1 }}>
                  <Input placeholder={t('customer.phone')} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({ name: '', title: '', phone: '' })} icon={<PlusOutlined />} block>
              {t('keyAccounts.addContact')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

interface ScoreValues {
  demandVolume: number;
  spendingPower: number;
  influence: number;
  cooperationPotential: number;
  scoredOn: Dayjs;
}

/** 识别评分: the four scores (0–100) as of a day; their mean becomes the account's score. */
export function ScoreKeyAccountModal({
  open,
  keyAccountId,
  onClose,
  onSaved,
}: {
  open: boolean;
  keyAccountId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crm');
  const [record] = useMutation(ScoreKeyAccountDocument);
  return (
    <FormModal<ScoreValues>
      open={open}
      title={t('keyAccounts.score')}
      testId="crm-ka-score"
      onClose={onClose}
      initialValues={{ scoredOn: dayjs(hospitalToday(), 'YYYY-MM-DD') }}
      perform={async (values) => {
        await record({
          variables: {
            input: {
              keyAccountId,
              demandVolume: values.demandVolume,
              spendingPower: values.spendingPower,
              influence: values.influence,
              cooperationPotential: values.cooperationPotential,
              scoredOn: values.scoredOn.format('YYYY-MM-DD'),
            },
          },
        });
        onSaved();
      }}
    >
      <Flex gap={12}>
        {score(t('keyAccounts.demandVolume'), 'demandVolume', 'crm-ka-score-demand')}
        {score(t('keyAccounts.spendingPower'), 'spendingPower', 'crm-ka-score-spending')}
      </Flex>
      <Flex gap={12}>
        {score(t('keyAccounts.influence'), 'influence', 'crm-ka-score-influence')}
        {score(t('keyAccounts.cooperationPotential'), 'cooperationPotential', 'crm-ka-score-cooperation')}
      </Flex>
      <Form.Item name="scoredOn" label={t('keyAccounts.scoredOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format="YYYY-MM-DD" />
      </Form.Item>
    </FormModal>
  );
}

interface RiskValues {
  financialStatus: number;
  operatingStability: number;
  cooperationHistory: number;
  note?: string;
}

/** 风险评估: three indicators (0–100, higher is riskier); a worse level raises a warning. */
export function AssessRiskModal({
  open,
  keyAccountId,
  onClose,
  onSaved,
}: {
  open: boolean;
  keyAccountId: string;
  onClose: () => void;
  onSaved: (outcome: { warningRaised: boolean; level: string }) => void;
}) {
  const { t } = useTranslation('crm');
  const [assess] = useMutation(AssessKeyAccountRiskDocument);
  return (
    <FormModal<RiskValues>
      open={open}
      title={t('keyAccounts.assessRisk')}
      testId="crm-ka-risk"
      onClose={onClose}
      perform={async (values) => {
        const { data } = await assess({
          variables: {
            input: {
              keyAccountId,
              financialStatus: values.financialStatus,
              operatingStability: values.operatingStability,
              cooperationHistory: values.cooperationHistory,
              note: values.note?.trim() || null,
            },
          },
        });
        if (data) onSaved(data.assessKeyAccountRisk);
      }}
    >
      <Typography.Paragraph type="secondary">{t('keyAccounts.riskHint')}</Typography.Paragraph>
      <Flex gap={12}>
        {score(t('keyAccounts.financialStatus'), 'financialStatus', 'crm-ka-risk-financial')}
        {score(t('keyAccounts.operatingStability'), 'operatingStability', 'crm-ka-risk-operating')}
        {score(t('keyAccounts.cooperationHistory'), 'cooperationHistory', 'crm-ka-risk-history')}
      </Flex>
      <Form.Item name="note" label={t('complaints.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}

interface MeetingValues {
  kind: MeetingKind;
  heldAt: Dayjs;
  attendees?: string;
  summary: string;
}

/** 会议记录: a monthly, quarterly or other meeting; the time picked is hospital (Beijing) time. */
export function RecordMeetingModal({
  open,
  keyAccountId,
  onClose,
  onSaved,
}: {
  open: boolean;
  keyAccountId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crm');
  const [record] = useMutation(RecordKeyAccountMeetingDocument);
  return (
    <FormModal<MeetingValues>
      open={open}
      title={t('keyAccounts.recordMeeting')}
      testId="crm-ka-meeting"
      onClose={onClose}
      initialValues={{ kind: 'MONTHLY' }}
      perform={async (values) => {
        await record({
          variables: {
            input: {
              keyAccountId,
              kind: values.kind,
              heldAt: hospitalInstant(values.heldAt.format('YYYY-MM-DD'), values.heldAt.format('HH:mm')),
              attendees: values.attendees?.trim() || null,
              summary: values.summary.trim(),
            },
          },
        });
        onSaved();
      }}
    >
      <Form.Item name="kind" label={t('keyAccounts.meetingKind')}>
        <Radio.Group optionType="button" options={meetingKinds.map((value) => ({ value, label: t(`meetingKinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="heldAt" label={t('keyAccounts.heldAt')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="crm-ka-meeting-held-at" />
      </Form.Item>
      <Form.Item name="attendees" label={t('keyAccounts.attendees')}>
        <Input />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('keyAccounts.summary')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="crm-ka-meeting-summary" />
      </Form.Item>
    </FormModal>
  );
}

/** 加入名单: links a customer to the account (moving them from another account, if any). */
export function LinkCustomerModal({
  open,
  keyAccountId,
  onClose,
  onSaved,
}: {
  open: boolean;
  keyAccountId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crm');
  const [link] = useMutation(LinkCustomerToKeyAccountDocument);
  return (
    <FormModal<{ customerId: string }>
      open={open}
      title={t('keyAccounts.linkCustomer')}
      testId="crm-ka-link"
      onClose={onClose}
      perform={async (values) => {
        await link({ variables: { customerId: values.customerId, keyAccountId } });
        onSaved();
      }}
    >
      <Form.Item name="customerId" label={t('complaints.customer')} rules={[{ required: true, message: t('form.required') }]}>
        <CustomerPicker testId="crm-ka-link-customer" />
      </Form.Item>
    </FormModal>
  );
}
