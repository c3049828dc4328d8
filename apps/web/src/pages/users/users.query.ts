import { graphql } from '../../gql';

export const UsersPageQuery = graphql(`
  query UsersPage($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        role
        regionCode
      }
    }
  }
`);
