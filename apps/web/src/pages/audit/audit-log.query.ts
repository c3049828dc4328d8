import { graphql } from '../../gql';

export const AuditLogPageQuery = graphql(`
  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        username
        action
        regionCode
        target
        details
      }
    }
  }
`);
