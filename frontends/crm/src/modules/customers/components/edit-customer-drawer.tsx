import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Button, DatePicker, Drawer, Flex, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { KeyAccountPicker } from '../../key-accounts/components/key-account-picker.js';
import type { Gender, SourceChannel, UpdateCustomerInput } from '../../../gql/graphql';
import { UpdateCustomerDocument } from '../graphql/customer-admin.documents.js';
import type { Customer360Fragment as Customer360 } from '../../../gql/graphql';
import { genders, sourceChannels } from '../graphql/customers.documents.js';
import { tidyPhone } from '../utils/tidy-phone.js';
import { CustomerPicker } from './customer-picker.js';

interface Values {
  name: string;
  phone: string;
  gender: Gender;
  birthDate: Dayjs | null;
  channel: SourceChannel;
  region: string;
  wechatId: string;
  address: string;
  referrerId: string | null;
  keyAccountId: string | null;
  tags: string[];
  marketingConsent: boolean;
}

function valuesOf(customer: Customer360): Values {
  return {
    name: customer.name,
    phone: customer.phone,
    gender: customer.gender,
    birthDate: customer.birthDate ? dayjs(customer.birthDate, 'YYYY-MM-DD') : null,
    channel: customer.channel,
    region: customer.region ?? '',
    wechatId: customer.wechatId ?? '',
    address: customer.address ?? '',
    referrerId: customer.referrer?.id ?? null,
    keyAccountId: customer.keyAccount?.id ?? null,
    tags: customer.tags,
    marketingConsent: customer.marketingConsent,
  };
}

/**
 * 编辑客户资料: sends only what changed (crm keeps omitted fields, null clears). A phone shown masked
 * (138****1234) is never sent back; typing a new one replaces it, and one that belongs to someone
 * else is refused (they are merged instead).
 */
export function EditCustomerDrawer({
  customer,
  open,
  onClose,
  onSaved,
}: {
  customer: Customer360;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crm');
  const permissions = useCrmPermissions();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [update] = useMutation(UpdateCustomerDocument);
  const initial = useMemo(() => valuesOf(customer), [customer]);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values) => {
    setFailure(null);
    const input: UpdateCustomerInput = {};
    const text = (value: string) => value.trim() || null;
    if (values.name.trim() !== initial.name) input.name = values.name.trim();
    if (values.phone !== initial.phone && !values.phone.includes('*')) input.phone = tidyPhone(values.phone);
    if (values.gender !== initial.gender) input.gender = values.gender;
    if (values.channel !== initial.channel) input.channel = values.channel;
    const birthDate = values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null;
    if (birthDate !== (customer.birthDate ?? null)) input.birthDate = birthDate;
    if (text(values.region) !== (customer.region ?? null)) input.region = text(values.region);
    if (text(values.wechatId) !== (customer.wechatId ?? null)) input.wechatId = text(values.wechatId);
    if (text(values.address) !== (customer.address ?? null)) input.address = text(values.address);
    if ((values.referrerId ?? null) !== initial.referrerId) input.referrerId = values.referrerId ?? null;
    if ((values.keyAccountId ?? null) !== initial.keyAccountId) input.keyAccountId = values.keyAccountId ?? null;
    const tags = values.tags.map((tag) => tag.trim()).filter(Boolean);
    if (JSON.stringify(tags) !== JSON.stringify(initial.tags)) input.tags = tags;
    if (values.marketingConsent !== initial.marketingConsent) input.marketingConsent = values.marketingConsent;
    if (Object.keys(input).length === 0) {
      onClose();
      return true;
    }
    try {
      await update({ variables: { id: customer.id, input } });
      onSaved();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  return (
    <Drawer
      open={open}
      size="large"
      title={t('customerForm.editTitle', { name: customer.name })}
      onClose={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      extra={
        <Button type="primary" loading={submitting} onClick={() => form.submit()} data-testid="crm-edit-save">
          {t('customerForm.save')}
        </Button>
      }
      data-testid="crm-edit-drawer"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-edit-failure" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={changed}
        onFinish={(values) => void submit(values)}
      >
        <Flex gap={12}>
          <Form.Item
            name="name"
            label={t('customer.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            style={{ flex: 1 }}
          >
            <Input data-testid="crm-edit-name" />
          </Form.Item>
          <Form.Item name="phone" label={t('customer.phone')} rules={[{ required: true, message: t('form.required') }]} style={{ flex: 1 }}>
            <Input inputMode="tel" data-testid="crm-edit-phone" />
          </Form.Item>
        </Flex>
        <Form.Item name="gender" label={t('customer.gender')}>
          <Radio.Group optionType="button" options={genders.map((value) => ({ value, label: t(`genders.${value}`) }))} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="birthDate" label={t('customer.birthDate')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(new Date())} />
          </Form.Item>
          <Form.Item name="channel" label={t('customer.channel')} style={{ flex: 1 }}>
            <Select options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="region" label={t('customer.region')} style={{ flex: 1 }}>
            <Input data-testid="crm-edit-region" />
          </Form.Item>
          <Form.Item name="wechatId" label={t('customer.wechatId')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="address" label={t('customer.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="referrerId" label={t('customer.referrer')}>
          <CustomerPicker initialLabel={customer.referrer?.name} placeholder={t('customerForm.referrerPlaceholder')} />
        </Form.Item>
        {permissions.keyAccounts && (
          <Form.Item name="keyAccountId" label={t('customer.keyAccount')}>
            <KeyAccountPicker initialLabel={customer.keyAccount?.name} />
          </Form.Item>
        )}
        <Form.Item name="tags" label={t('customer.tags')} extra={t('customerForm.tagsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} data-testid="crm-edit-tags" />
        </Form.Item>
        <Form.Item name="marketingConsent" label={t('customer.marketingConsent')} valuePropName="checked">
          <Switch data-testid="crm-edit-consent" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
