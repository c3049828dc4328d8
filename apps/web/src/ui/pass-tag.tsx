import { Tag } from 'antd';
import { useT } from '../i18n/locale-context';

/** 达标 / 未达标, or 不评估 when the standard does not judge it. */
export function PassTag({ passes }: { passes: boolean | null | undefined }) {
  const t = useT();
  if (passes === null || passes === undefined) return <Tag>{t('common.notJudged')}</Tag>;
  return passes ? <Tag color="success">{t('common.pass')}</Tag> : <Tag color="error">{t('common.fail')}</Tag>;
}
