import { graphql } from '../../gql';

/** A region's issuing body (发文机关) and 文号 pattern. */
export const DocumentSettingsQuery = graphql(`
  query DocumentSettings($regionCode: String) {
    documentSettings(regionCode: $regionCode) {
      regionCode
      issuer
      numberPattern
      example
      saved
      updatedAt
      updatedBy
    }
  }
`);

export const SaveDocumentSettingsMutation = graphql(`
  mutation SaveDocumentSettings($input: SaveDocumentSettingsInput!) {
    saveDocumentSettings(input: $input) {
      regionCode
      issuer
      numberPattern
      example
      saved
      updatedAt
      updatedBy
    }
  }
`);
