import { graphql } from '../../gql';

export const SchoolRotationFields = graphql(`
  fragment SchoolRotationFields on SchoolRotation {
    direction
    staffNo
    level
    startDate
    endDate
    termYears
    indicator
    teacher {
      id
      name
      subject
      backbone
    }
    otherSchool {
      id
      code
      name
    }
  }
`);

/** One page of a school's rotations (in effect, or a plan's), for the table and its pager. */
graphql(`
  fragment SchoolRotationPage on SchoolRotationConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...SchoolRotationFields
    }
  }
`);

export const SchoolRotationsQuery = graphql(`
  query SchoolRotations($code: String!, $first: Int!, $after: String) {
    school(code: $code) {
      id
      rotations(first: $first, after: $after) {
        ...SchoolRotationPage
      }
    }
  }
`);

export const SchoolPlannedRotationsQuery = graphql(`
  query SchoolPlannedRotations($code: String!, $scenarioId: ID!, $first: Int!, $after: String) {
    school(code: $code) {
      id
      plannedRotations(scenarioId: $scenarioId, first: $first, after: $after) {
        ...SchoolRotationPage
      }
    }
  }
`);

/** Scenarios of the school's county, to pick one whose plan to show. */
export const SchoolScenarioOptionsQuery = graphql(`
  query SchoolScenarioOptions($countyCode: String!) {
    scenarios(countyCode: $countyCode) {
      id
      name
      year
      status
    }
  }
`);
