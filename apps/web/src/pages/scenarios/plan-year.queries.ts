import { graphql } from '../../gql';

/** One year of a multi-year plan: the plan's own shape, with the year's retirements and returning teachers. */
export const ScenarioYearPlanQuery = graphql(`
  query ScenarioYearPlan($id: ID!, $year: Int!) {
    scenario(id: $id) {
      id
      plan(year: $year) {
        ...PlanResultFields
        retirements {
          staffNo
          name
          schoolCode
          schoolName
          level
        }
        returning {
          staffNo
          name
          level
          subject
          fromSchoolCode
          fromSchoolName
          schoolCode
          schoolName
          rotationEnd
        }
      }
    }
  }
`);
