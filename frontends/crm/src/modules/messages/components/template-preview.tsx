import { Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTemplate, templateVariables } from '../utils/render-template.js';

/**
 * 预览: the message as one customer would get it. `{{name}}` takes a sample name; the other
 * variables take `values` when given (a campaign's), otherwise sample values typed here.
 */
export function TemplatePreview({
  title,
  body,
  values,
  testId,
}: {
  title: string;
  body: string;
  values?: Record<string, string>;
  testId: string;
}) {
  const { t } = useTranslation('crm');
  const [sampleName, setSampleName] = useState(() => t('messages.sampleName'));
  const [samples, setSamples] = useState<Record<string, string>>({});
  const variables = templateVariables(title, body).filter((key) => key !== 'name');
  const filled = { ...samples, ...(values ?? {}), name: sampleName };
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap="wrap" align="center">
        <Typography.Text type="secondary">{'{{name}}'}</Typography.Text>
        <Input size="small" style={{ width: 120 }} value={sampleName} onChange={(event) => setSampleName(event.target.value)} />
        {!values &&
          variables.map((key) => (
            <Flex key={key} gap={4} align="center">
              <Typography.Text type="secondary">{`{{${key}}}`}</Typography.Text>
              <Input
                size="small"
                style={{ width: 120 }}
                value={samples[key] ?? ''}
                onChange={(event) => setSamples((current) => ({ ...current, [key]: event.target.value }))}
              />
            </Flex>
          ))}
      </Flex>
      <div data-testid={testId} style={{ background: 'rgba(0,0,0,0.03)', borderRadius: 6, padding: 12 }}>
        <Typography.Text strong>{renderTemplate(title, filled)}</Typography.Text>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{renderTemplate(body, filled)}</Typography.Paragraph>
      </div>
    </Flex>
  );
}
