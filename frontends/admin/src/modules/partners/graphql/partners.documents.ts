import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

/** identity's `PartnerOrganisation` (合作机构). */
export interface PartnerOrganisation {
  id: string;
  name: string;
  keyAccountId: string;
  active: boolean;
  createdAt: string;
}

/** identity's `ApiKey`: never its secret. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

const partnerFields = 'id name keyAccountId active createdAt';
const apiKeyFields = 'id name prefix scopes expiresAt lastUsedAt revokedAt createdAt';

export const PartnerOrganisationsDocument: TypedDocumentNode<
  { partnerOrganisations: { nodes: PartnerOrganisation[]; pageInfo: PageInfo; totalCount: number } },
  { first: number; after?: string | null }
> = gql`
  query PartnerOrganisations($first: Int!, $after: String) {
    partnerOrganisations(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ${partnerFields} }
    }
  }
`;

export const CreatePartnerOrganisationDocument: TypedDocumentNode<
  { createPartnerOrganisation: PartnerOrganisation },
  { input: { name: string; keyAccountId: string } }
> = gql`
  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {
    createPartnerOrganisation(input: $input) { ${partnerFields} }
  }
`;

export const ApiKeysDocument: TypedDocumentNode<
  { apiKeys: { nodes: ApiKey[]; pageInfo: PageInfo; totalCount: number } },
  { partnerId: string; first: number; after?: string | null }
> = gql`
  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {
    apiKeys(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ${apiKeyFields} }
    }
  }
`;

/** identity's `CreateApiKeyInput`. */
export interface CreateApiKeyInput {
  partnerId: string;
  name: string;
  scopes: string[];
  expiresAt?: string | null;
}

export const CreateApiKeyDocument: TypedDocumentNode<{ createApiKey: { apiKey: ApiKey; secret: string } }, { input: CreateApiKeyInput }> =
  gql`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { ${apiKeyFields} }
    }
  }
`;

export const RevokeApiKeyDocument: TypedDocumentNode<{ revokeApiKey: Pick<ApiKey, 'id' | 'revokedAt'> }, { id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`;
