import { graphql } from '../../gql';

export const RolloverPreviewQuery = graphql(`
  query RolloverPreview($countyCode: String!, $year: Int!) {
    rolloverPreview(countyCode: $countyCode, year: $year) {
      date
      termsCleared
      returns {
        staffNo
        name
        subject
        fromSchoolName
        toSchoolName
        rotationEnd
      }
    }
  }
`);

export const RolloverMutation = graphql(`
  mutation Rollover($countyCode: String!, $year: Int!) {
    rollover(countyCode: $countyCode, year: $year) {
      applied
      returns {
        staffNo
      }
    }
  }
`);
