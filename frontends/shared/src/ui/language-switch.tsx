import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/supported-languages.js';
import { useLanguage } from '../i18n/use-language.js';

const options: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** 中文 / English toggle; each label is written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      aria-label={t('language')}
      data-testid="language-switch"
      size="small"
      value={language}
      options={options}
      onChange={setLanguage}
    />
  );
}
