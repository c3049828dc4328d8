import { graphql } from '../../gql';

export const SchoolQuotaHistoryQuery = graphql(`
  query SchoolQuotaHistory($code: String!) {
    school(code: $code) {
      id
      quotaHistory(first: 100) {
        at
        postsBefore
        postsAfter
        change
        source
        scenarioId
        scenarioName
        otherSchoolCode
        otherSchoolName
        username
        reason
      }
    }
  }
`);
