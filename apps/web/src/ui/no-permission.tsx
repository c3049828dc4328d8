import { Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale-context';

/** A page the signed-in role may not open (the API would answer FORBIDDEN anyway). */
export function NoPermission() {
  const t = useT();
  return <Result status="403" title={t('app.noPermission')} subTitle={t('app.noPermissionHint')} extra={<Link to="/">{t('nav.overview')}</Link>} />;
}
