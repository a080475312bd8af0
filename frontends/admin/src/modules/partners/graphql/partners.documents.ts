import { graphql } from '../../../gql';

/** identity's `PartnerOrganisation` (合作机构). */
export const PartnerOrganisationFieldsFragment = graphql(`
  fragment PartnerOrganisationFields on PartnerOrganisation {
    id
    name
    keyAccountId
    keyAccount {
      id
      name
    }
    active
    createdAt
  }
`);

/** identity's `ApiKey`: never its secret. */
export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
  }
`);

export const PartnerOrganisationsDocument = graphql(`
  query PartnerOrganisations($first: Int!, $after: String) {
    partnerOrganisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PartnerOrganisationFields
      }
    }
  }
`);

export const CreatePartnerOrganisationDocument = graphql(`
  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {
    createPartnerOrganisation(input: $input) {
      ...PartnerOrganisationFields
    }
  }
`);

export const ApiKeysDocument = graphql(`
  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {
    apiKeys(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ApiKeyFields
      }
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
