import { graphql } from '../../gql';

/** The published rotation points rule (积分规则) of a county's standard set, in words. */
export const RotationPointsRuleQuery = graphql(`
  query RotationPointsRule($regionCode: String!) {
    standardSet(regionCode: $regionCode) {
      id
      rotationPointsRule
    }
  }
`);
