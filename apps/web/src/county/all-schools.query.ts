import { graphql } from '../gql';

/** Every school of a county with its checks: the charts and the gap totals need them all. */
export const CountySchoolsQuery = graphql(`
  query CountySchools($countyCode: String!, $after: String) {
    schools(countyCode: $countyCode, first: 500, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        lat
        lon
        weak
        compliant
        sections {
          id
          level
          compliant
          sixOfSeven {
            meets
          }
          checks {
            indicator
            value
            threshold
            passes
            gapTeachers
          }
        }
      }
    }
  }
`);
