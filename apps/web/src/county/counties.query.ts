import { graphql } from '../gql';

export const CountiesQuery = graphql(`
  query Counties {
    counties {
      id
      code
      name
      cityCode
    }
  }
`);
