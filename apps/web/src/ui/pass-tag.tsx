import { Tag } from 'antd';
import { useT } from '../i18n/locale-context';
import { TONES } from './tag-tones';

/** 达标 / 未达标, or 不评估 when the standard does not judge it. */
export function PassTag({ passes }: { passes: boolean | null | undefined }) {
  const t = useT();
  if (passes === null || passes === undefined) return <Tag style={TONES.neutral}>{t('common.notJudged')}</Tag>;
  return passes ? <Tag style={TONES.success}>{t('common.pass')}</Tag> : <Tag style={TONES.error}>{t('common.fail')}</Tag>;
}
