import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useHospitalTime, useIdempotentSubmit } from '@careline/frontend-shared';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { KeyAccountPicker } from '../../key-accounts/components/key-account-picker.js';
import type { CrmRegisterCustomerMutation, CustomerClass, Gender, SourceChannel } from '../../../gql/graphql';
import { ReclassifyCustomerDocument, RegisterCustomerDocument } from '../graphql/customer-admin.documents.js';
import { customerClasses, genders, sourceChannels } from '../graphql/customers.documents.js';
import { CustomerPicker } from './customer-picker.js';
import { tidyPhone } from '../utils/tidy-phone.js';

interface Values {
  name: string;
  phone: string;
  gender: Gender;
  birthDate?: Dayjs | null;
  channel: SourceChannel;
  region?: string;
  wechatId?: string;
  address?: string;
  referrerId?: string | null;
  keyAccountId?: string | null;
  tags?: string[];
  marketingConsent: boolean;
  customerClass?: CustomerClass | 'NONE';
  hiddenNeeds?: string;
}

type RegisteredCustomer = CrmRegisterCustomerMutation['registerCustomer']['customer'];
type Outcome =
  { kind: 'created'; customer: RegisteredCustomer; classNoteFailed: string | null } | { kind: 'existing'; customer: RegisteredCustomer };

/**
 * 新建客户: the whole profile. crm normalises the phone and registers each person once: a phone that
 * is already registered brings up that customer (with a link to their 360) and nothing is created.
 * A class chosen here with a hidden-needs note is recorded as the first entry of the class history.
 */
export function CreateCustomerPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const hospitalTime = useHospitalTime();
  const permissions = useCrmPermissions();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [register] = useMutation(RegisterCustomerDocument);
  const [reclassify] = useMutation(ReclassifyCustomerDocument);
  const customerClass = Form.useWatch('customerClass', form);
  const channel = Form.useWatch('channel', form);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    setOutcome(null);
    const chosenClass = values.customerClass && values.customerClass !== 'NONE' ? values.customerClass : null;
    try {
      const { data } = await register({
        variables: {
          input: {
            idempotencyKey,
            name: values.name.trim(),
            phone: tidyPhone(values.phone),
            gender: values.gender,
            channel: values.channel,
            birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null,
            region: values.region?.trim() || null,
            wechatId: values.wechatId?.trim() || null,
            address: values.address?.trim() || null,
            referrerId: values.referrerId || null,
            keyAccountId: values.keyAccountId || null,
            tags: (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
            marketingConsent: values.marketingConsent,
            customerClass: chosenClass,
          },
        },
      });
      if (!data) return false;
      const { customer, existing } = data.registerCustomer;
      if (existing) {
        setOutcome({ kind: 'existing', customer });
        return true;
      }
      let classNoteFailed: string | null = null;
      const note = values.hiddenNeeds?.trim();
      if (chosenClass && note) {
        try {
          await reclassify({
            variables: {
              input: {
                customerId: customer.id,
                customerClass: chosenClass,
                reason: t('customerForm.initialClassReason'),
                hiddenNeeds: note,
              },
            },
          });
        } catch (error) {
          classNoteFailed = readGraphqlError(error).message;
        }
      }
      setOutcome({ kind: 'created', customer, classNoteFailed });
      form.resetFields();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  const back = (
    <Link to={path('customers')} data-testid="crm-create-back">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('c360.back')}
      </Button>
    </Link>
  );

  if (!permissions.writesCustomers)
    return (
      <>
        {back}
        <Alert type="warning" showIcon message={t('forbidden', { ns: 'common' })} data-testid="crm-create-forbidden" />
      </>
    );

  return (
    <Card
      title={
        <Flex align="center">
          {back}
          {t('customerForm.title')}
        </Flex>
      }
      data-testid="crm-create-page"
    >
      {outcome?.kind === 'created' && (
        <Result
          status="success"
          title={t('customerForm.created', { name: outcome.customer.name })}
          subTitle={t('customerForm.createdDetail', { phone: outcome.customer.phone, time: hospitalTime(outcome.customer.createdAt) })}
          extra={[
            <Link key="open" to={path(`customers/${outcome.customer.id}`)} data-testid="crm-create-open">
              <Button type="primary">{t('consultation.openCustomer')}</Button>
            </Link>,
            <Button key="again" onClick={() => setOutcome(null)} data-testid="crm-create-again">
              {t('customerForm.another')}
            </Button>,
          ]}
          data-testid="crm-create-done"
        >
          {outcome.classNoteFailed && (
            <Alert type="warning" showIcon message={t('customerForm.classNoteFailed', { message: outcome.classNoteFailed })} />
          )}
        </Result>
      )}
      {outcome?.kind === 'existing' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('customerForm.existing')}
          description={
            <Flex gap={8} align="center" wrap="wrap">
              <Typography.Text>
                {t('customerForm.existingDetail', {
                  name: outcome.customer.name,
                  phone: outcome.customer.phone,
                  time: hospitalTime(outcome.customer.createdAt),
                })}
              </Typography.Text>
              <Link to={path(`customers/${outcome.customer.id}`)} data-testid="crm-create-existing-link">
                {t('consultation.openCustomer')}
              </Link>
            </Flex>
          }
          data-testid="crm-create-existing"
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="crm-create-failure" />}
      {outcome?.kind !== 'created' && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ gender: 'UNKNOWN', channel: 'PHONE', marketingConsent: false, customerClass: 'NONE', tags: [] }}
          onValuesChange={changed}
          onFinish={(values) => void submit(values)}
          data-testid="crm-create-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="name"
                label={t('customer.name')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 50 }]}
              >
                <Input autoFocus data-testid="crm-create-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="phone"
                label={t('customer.phone')}
                extra={t('customerForm.phoneHint')}
                rules={[
                  { required: true, message: t('form.required') },
                  {
                    validator: async (_, value: string | undefined) =>
                      !value || /^\+?\d{7,15}$/.test(tidyPhone(value))
                        ? undefined
                        : Promise.reject(new Error(t('consultation.phoneInvalid'))),
                  },
                ]}
              >
                <Input inputMode="tel" data-testid="crm-create-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="gender" label={t('customer.gender')}>
                <Radio.Group optionType="button" options={genders.map((value) => ({ value, label: t(`genders.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="birthDate" label={t('customer.birthDate')}>
                <DatePicker
                  style={{ width: '100%' }}
                  format="YYYY-MM-DD"
                  disabledDate={(day) => day.isAfter(new Date())}
                  data-testid="crm-create-birth-date"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="channel" label={t('customer.channel')} rules={[{ required: true, message: t('form.required') }]}>
                <Select
                  options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))}
                  data-testid="crm-create-channel"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="region" label={t('customer.region')}>
                <Input data-testid="crm-create-region" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="wechatId" label={t('customer.wechatId')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="address" label={t('customer.address')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="referrerId"
                label={t('customer.referrer')}
                extra={channel === 'REFERRAL' ? t('customerForm.referrerHint') : undefined}
                rules={channel === 'REFERRAL' ? [{ required: true, message: t('customerForm.referrerRequired') }] : []}
              >
                <CustomerPicker placeholder={t('customerForm.referrerPlaceholder')} testId="crm-create-referrer" />
              </Form.Item>
            </Col>
            {permissions.keyAccounts && (
              <Col xs={24} md={12}>
                <Form.Item name="keyAccountId" label={t('customer.keyAccount')}>
                  <KeyAccountPicker testId="crm-create-key-account" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item name="tags" label={t('customer.tags')} extra={t('customerForm.tagsHint')}>
                <Select mode="tags" tokenSeparators={[',', '，', ' ']} data-testid="crm-create-tags" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="marketingConsent"
                label={t('customer.marketingConsent')}
                valuePropName="checked"
                extra={t('customerForm.consentHint')}
              >
                <Switch data-testid="crm-create-consent" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="customerClass" label={t('customer.class')} extra={t('customerForm.classHint')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'NONE', label: t('customer.unclassified') },
                    ...customerClasses.map((value) => ({ value, label: t(`classes.${value}`) })),
                  ]}
                  data-testid="crm-create-class"
                />
              </Form.Item>
            </Col>
            {customerClass && customerClass !== 'NONE' && (
              <Col xs={24} md={12}>
                <Form.Item name="hiddenNeeds" label={t('customer.hiddenNeeds')} rules={[{ max: 500 }]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="crm-create-hidden-needs" />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="crm-create-submit">
            {t('customerForm.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
