/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    service\n    at\n    actorKind\n    actorId\n    actorName\n    role\n    department\n    partnerId\n    operation\n    targetType\n    targetIds\n    fields\n    customerIds\n    requestId\n    clientIp\n    outcome\n    reason\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter) {\n      filename\n      contentBase64\n      rows\n      truncated\n    }\n  }\n": typeof types.ExportAuditLogDocument,
    "\n  query AuditActors($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        department {\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  fragment PartnerOrganisationFields on PartnerOrganisation {\n    id\n    name\n    keyAccountId\n    keyAccount {\n      id\n      name\n    }\n    active\n    createdAt\n  }\n": typeof types.PartnerOrganisationFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query PartnerOrganisations($first: Int!, $after: String) {\n    partnerOrganisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerOrganisationFields\n      }\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...PartnerOrganisationFields\n    }\n  }\n": typeof types.CreatePartnerOrganisationDocument,
    "\n  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {\n    apiKeys(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment StaffMemberFields on Staff {\n    id\n    name\n    username\n    departmentCode\n    department {\n      code\n      name\n      nameEn\n    }\n    position\n    specialities\n    positionInfo {\n      code\n      name\n      nameEn\n    }\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    createdAt\n  }\n": typeof types.StaffMemberFieldsFragmentDoc,
    "\n  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...StaffMemberFields\n      }\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  query Positions {\n    positions {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.PositionsDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetStaffActiveDocument,
    "\n  mutation SetStaffSpecialities($id: ID!, $specialities: [String!]!) {\n    setStaffSpecialities(id: $id, specialities: $specialities) {\n      id\n      specialities\n    }\n  }\n": typeof types.SetStaffSpecialitiesDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    service\n    at\n    actorKind\n    actorId\n    actorName\n    role\n    department\n    partnerId\n    operation\n    targetType\n    targetIds\n    fields\n    customerIds\n    requestId\n    clientIp\n    outcome\n    reason\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter) {\n      filename\n      contentBase64\n      rows\n      truncated\n    }\n  }\n": types.ExportAuditLogDocument,
    "\n  query AuditActors($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        department {\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n": types.DepartmentsDocument,
    "\n  fragment PartnerOrganisationFields on PartnerOrganisation {\n    id\n    name\n    keyAccountId\n    keyAccount {\n      id\n      name\n    }\n    active\n    createdAt\n  }\n": types.PartnerOrganisationFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query PartnerOrganisations($first: Int!, $after: String) {\n    partnerOrganisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerOrganisationFields\n      }\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...PartnerOrganisationFields\n    }\n  }\n": types.CreatePartnerOrganisationDocument,
    "\n  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {\n    apiKeys(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment StaffMemberFields on Staff {\n    id\n    name\n    username\n    departmentCode\n    department {\n      code\n      name\n      nameEn\n    }\n    position\n    specialities\n    positionInfo {\n      code\n      name\n      nameEn\n    }\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    createdAt\n  }\n": types.StaffMemberFieldsFragmentDoc,
    "\n  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...StaffMemberFields\n      }\n    }\n  }\n": types.StaffMembersDocument,
    "\n  query Positions {\n    positions {\n      code\n      name\n      nameEn\n    }\n  }\n": types.PositionsDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetStaffActiveDocument,
    "\n  mutation SetStaffSpecialities($id: ID!, $specialities: [String!]!) {\n    setStaffSpecialities(id: $id, specialities: $specialities) {\n      id\n      specialities\n    }\n  }\n": types.SetStaffSpecialitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    service\n    at\n    actorKind\n    actorId\n    actorName\n    role\n    department\n    partnerId\n    operation\n    targetType\n    targetIds\n    fields\n    customerIds\n    requestId\n    clientIp\n    outcome\n    reason\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    service\n    at\n    actorKind\n    actorId\n    actorName\n    role\n    department\n    partnerId\n    operation\n    targetType\n    targetIds\n    fields\n    customerIds\n    requestId\n    clientIp\n    outcome\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter) {\n      filename\n      contentBase64\n      rows\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query ExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter) {\n      filename\n      contentBase64\n      rows\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        department {\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        department {\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerOrganisationFields on PartnerOrganisation {\n    id\n    name\n    keyAccountId\n    keyAccount {\n      id\n      name\n    }\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PartnerOrganisationFields on PartnerOrganisation {\n    id\n    name\n    keyAccountId\n    keyAccount {\n      id\n      name\n    }\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations($first: Int!, $after: String) {\n    partnerOrganisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerOrganisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrganisations($first: Int!, $after: String) {\n    partnerOrganisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerOrganisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...PartnerOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...PartnerOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {\n    apiKeys(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($partnerId: ID!, $first: Int!, $after: String) {\n    apiKeys(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMemberFields on Staff {\n    id\n    name\n    username\n    departmentCode\n    department {\n      code\n      name\n      nameEn\n    }\n    position\n    specialities\n    positionInfo {\n      code\n      name\n      nameEn\n    }\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StaffMemberFields on Staff {\n    id\n    name\n    username\n    departmentCode\n    department {\n      code\n      name\n      nameEn\n    }\n    position\n    specialities\n    positionInfo {\n      code\n      name\n      nameEn\n    }\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...StaffMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...StaffMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Positions {\n    positions {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Positions {\n    positions {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffActive($id: ID!, $active: Boolean!) {\n    setStaffActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffSpecialities($id: ID!, $specialities: [String!]!) {\n    setStaffSpecialities(id: $id, specialities: $specialities) {\n      id\n      specialities\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffSpecialities($id: ID!, $specialities: [String!]!) {\n    setStaffSpecialities(id: $id, specialities: $specialities) {\n      id\n      specialities\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;