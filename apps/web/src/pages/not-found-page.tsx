import { Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale-context';

export default function NotFoundPage() {
  const t = useT();
  return <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('nav.overview')}</Link>} />;
}
