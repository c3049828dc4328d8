import { Spin } from 'antd';
import { useT } from '../i18n/locale-context';

export function PageLoading() {
  const t = useT();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin />
      <div style={{ marginTop: 8 }}>{t('app.loading')}</div>
    </div>
  );
}
