import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { useT } from '../../i18n/locale-context';
import { RotationPointsRuleQuery } from './rotation-points.query';

/**
 * The rotation points rule (积分规则) in words, shown above the rotation list: the one the plan chose its
 * teachers by when the plan recorded it, else (plans stored before) the county's current rule, labelled so.
 */
export function RotationPointsRule({ countyCode, planRule }: { countyCode: string; planRule?: string | null }) {
  const t = useT();
  const { data } = useQuery(RotationPointsRuleQuery, { variables: { regionCode: countyCode }, skip: !!planRule });
  const rule = planRule || data?.standardSet.rotationPointsRule;
  if (!rule) return null;
  return (
    <Alert
      type="info"
      style={{ marginBottom: 8 }}
      title={t(planRule ? 'points.planRule' : 'points.rule')}
      description={rule}
    />
  );
}
