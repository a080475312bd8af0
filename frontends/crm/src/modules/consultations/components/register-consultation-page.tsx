import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useHospitalTime, useIdempotentSubmit } from '@careline/frontend-shared';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import type {
  ConsultationConcern,
  ConsultationOutcome,
  CrmRegisterConsultationMutation,
  Gender,
  SourceChannel,
} from '../../../gql/graphql';
import { genders, sourceChannels } from '../../customers/graphql/customers.documents.js';
import { CustomerClassTag, CustomerStageTag } from '../../customers/components/customer-tags.js';
import {
  consultationConcerns,
  consultationOutcomes,
  CustomerByPhoneDocument,
  RegisterConsultationDocument,
} from '../graphql/consultations.documents.js';

interface Values {
  phone: string;
  channel: SourceChannel;
  outcome: ConsultationOutcome;
  noIntentionReason?: string;
  name?: string;
  age?: number | null;
  gender?: Gender;
  visitIntention?: string;
  concern?: ConsultationConcern;
  diseaseType?: string;
  diseaseCourse?: string;
  history?: string;
  region?: string;
  address?: string;
  notes?: string;
}

const blank = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : null);
const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '');

/**
 * 咨询登记, built for the phone: the phone number first (the caller is recognised as it is typed),
 * channel kept from the last call, the outcome as one click, the rest optional and folded away. Enter
 * submits; after saving, the form clears for the next call and keeps the channel.
 */
export function RegisterConsultationPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const hospitalTime = useHospitalTime();
  const [form] = Form.useForm<Values>();
  const phoneInput = useRef<InputRef | null>(null);
  const [saved, setSaved] = useState<CrmRegisterConsultationMutation['registerConsultation'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const phone = digits(Form.useWatch('phone', form));
  const outcome = Form.useWatch('outcome', form);
  const match = useQuery(CustomerByPhoneDocument, { variables: { search: phone }, skip: phone.length < 11 });
  const known = phone.length >= 11 ? match.data?.customers?.nodes[0] : undefined;
  const [register] = useMutation(RegisterConsultationDocument);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await register({
        variables: {
          input: {
            idempotencyKey,
            phone: digits(values.phone),
            channel: values.channel,
            outcome: values.outcome,
            noIntentionReason: values.outcome === 'NO_INTENTION' ? blank(values.noIntentionReason) : null,
            name: blank(values.name) ?? known?.name ?? null,
            age: values.age ?? null,
            gender: values.gender ?? null,
            visitIntention: blank(values.visitIntention),
            concern: values.concern ?? null,
            diseaseType: blank(values.diseaseType),
            diseaseCourse: blank(values.diseaseCourse),
            history: blank(values.history),
            region: blank(values.region),
            address: blank(values.address),
            notes: blank(values.notes),
          },
        },
      });
      if (!data) return false;
      setSaved(data.registerConsultation);
      form.resetFields();
      form.setFieldsValue({ channel: values.channel, outcome: 'FOLLOW_UP_LATER' });
      phoneInput.current?.focus();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  return (
    <Card title={t('consultation.title')} data-testid="crm-consultation-page">
      <Flex vertical gap={12} style={{ maxWidth: 960 }}>
        {saved && (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setSaved(null)}
            data-testid="crm-consultation-saved"
            message={t('consultation.saved', { phone: saved.phone, time: hospitalTime(saved.consultedAt) })}
            description={
              saved.customerId ? (
                <Link to={path(`customers/${saved.customerId}`)}>{t('consultation.openCustomer')}</Link>
              ) : (
                t('consultation.notYetCustomer')
              )
            }
          />
        )}
        {failure && (
          <Alert type="error" showIcon message={t('consultation.failed')} description={failure} data-testid="crm-consultation-error" />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ channel: 'PHONE', outcome: 'FOLLOW_UP_LATER' }}
          onFinish={(values) => void submit(values)}
          onValuesChange={() => changed()}
          disabled={submitting}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="phone"
                label={t('consultation.phone')}
                rules={[
                  { required: true, message: t('form.required') },
                  {
                    validator: (_, value: string | undefined) =>
                      digits(value).length >= 7 ? Promise.resolve() : Promise.reject(new Error(t('consultation.phoneInvalid'))),
                  },
                ]}
                extra={
                  known ? (
                    <span data-testid="crm-consultation-known">
                      {t('consultation.known')}{' '}
                      <Link to={path(`customers/${known.id}`)} target="_blank">
                        {known.name}
                      </Link>{' '}
                      <CustomerClassTag value={known.customerClass} /> <CustomerStageTag value={known.stage} />
                    </span>
                  ) : phone.length >= 11 && match.data ? (
                    <Tag data-testid="crm-consultation-new">{t('consultation.newCaller')}</Tag>
                  ) : undefined
                }
              >
                <Input
                  ref={phoneInput}
                  autoFocus
                  inputMode="tel"
                  maxLength={20}
                  placeholder="138 0000 0000"
                  data-testid="crm-consultation-phone"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="name" label={t('customer.name')}>
                <Input placeholder={known?.name} data-testid="crm-consultation-name" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="gender" label={t('customer.gender')}>
                <Select<Gender>
                  allowClear
                  options={genders.map((value) => ({ value, label: t(`genders.${value}`) }))}
                  data-testid="crm-consultation-gender"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="age" label={t('consultation.age')}>
                <InputNumber min={0} max={130} precision={0} style={{ width: '100%' }} data-testid="crm-consultation-age" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="channel" label={t('customer.channel')} rules={[{ required: true, message: t('form.required') }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))}
              data-testid="crm-consultation-channel"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="visitIntention" label={t('c360.consultations.visitIntention')}>
                <Input data-testid="crm-consultation-intention" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="concern" label={t('c360.consultations.concern')}>
                <Radio.Group
                  optionType="button"
                  options={consultationConcerns.map((value) => ({ value, label: t(`concerns.${value}`) }))}
                  data-testid="crm-consultation-concern"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="outcome" label={t('c360.consultations.outcome')} rules={[{ required: true, message: t('form.required') }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={consultationOutcomes.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
              data-testid="crm-consultation-outcome"
            />
          </Form.Item>
          {outcome === 'NO_INTENTION' && (
            <Form.Item
              name="noIntentionReason"
              label={t('consultation.noIntentionReason')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input data-testid="crm-consultation-no-intention-reason" />
            </Form.Item>
          )}
          <Collapse
            ghost
            items={[
              {
                key: 'more',
                label: t('consultation.more'),
                forceRender: true,
                children: (
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item name="diseaseType" label={t('consultation.diseaseType')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name="diseaseCourse" label={t('consultation.diseaseCourse')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name="region" label={t('customer.region')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name="history" label={t('consultation.history')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name="address" label={t('customer.address')}>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                ),
              },
            ]}
          />
          <Form.Item name="notes" label={t('c360.consultations.notes')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="crm-consultation-notes" />
          </Form.Item>
          <Flex gap={8} align="center">
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="crm-consultation-submit">
              {t('consultation.submit')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFailure(null);
              }}
            >
              {t('search.reset')}
            </Button>
            <Typography.Text type="secondary">{t('consultation.hint')}</Typography.Text>
          </Flex>
        </Form>
      </Flex>
    </Card>
  );
}
