import { graphql } from '../gql';

/** The regions an administrator manages: theirs and every region under it (users, standard sets). */
export const AssignableRegionsQuery = graphql(`
  query AssignableRegions {
    assignableRegions {
      code
      name
      kind
      parentCode
    }
  }
`);
