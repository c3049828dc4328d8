import { Segmented } from 'antd';
import { useLocale } from '../i18n/locale-context';
import type { Locale } from '../i18n/messages';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <Segmented<Locale>
      aria-label={t('app.language')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
