import { graphql } from '../../gql';

export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      demo
      demoUsers {
        username
        role
      }
    }
  }
`);
