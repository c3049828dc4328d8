import { graphql } from '../../gql';

export const SchoolsPageQuery = graphql(`
  query SchoolsPage($countyCode: String!, $filter: SchoolFilter, $orderBy: SchoolOrder, $first: Int!, $after: String) {
    schools(countyCode: $countyCode, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        township
        area
        kind
        weak
        students
        quota
        vacancies
        onLoanTeachers
        compliant
        sections {
          id
          level
          checks {
            indicator
            passes
          }
        }
      }
    }
  }
`);
