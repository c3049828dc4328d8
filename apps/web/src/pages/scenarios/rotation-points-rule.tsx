import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { useT } from '../../i18n/locale-context';
import { RotationPointsRuleQuery } from './rotation-points.query';

/** The county's published rotation points rule (积分规则) in words, as the notice prints it, shown above the rotation list. */
export function RotationPointsRule({ countyCode }: { countyCode: string }) {
  const t = useT();
  const { data } = useQuery(RotationPointsRuleQuery, { variables: { regionCode: countyCode } });
  const rule = data?.standardSet.rotationPointsRule;
  if (!rule) return null;
  return (
    <Alert
      type="info"
      style={{ marginBottom: 8 }}
      title={t('points.rule')}
      description={rule}
    />
  );
}
