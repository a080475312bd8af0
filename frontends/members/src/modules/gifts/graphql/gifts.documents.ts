import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** members' `GiftKind`: purchased goods, or an in-house service item. */
export type GiftKind = 'GOODS' | 'SERVICE';

export const giftKinds: readonly GiftKind[] = ['GOODS', 'SERVICE'];

/** members' `Gift` (礼品), as everyone sees it. */
export interface Gift {
  id: string;
  name: string;
  kind: GiftKind;
  pointsPrice: number;
  stock: number;
  /** yuan as a decimal string; only finance's documents ask for it */
  unitCost?: string | null;
}

const giftFields = gql`
  fragment GiftFields on Gift {
    id
    name
    kind
    pointsPrice
    stock
  }
`;

export interface GiftsVariables {
  search?: string | null;
  kind?: GiftKind | null;
  first: number;
  after?: string | null;
}

type GiftsResult = { gifts: { nodes: Gift[]; pageInfo: PageInfo; totalCount: number } };

export const GiftsDocument: TypedDocumentNode<GiftsResult, GiftsVariables> = gql`
  query Gifts($search: String, $kind: GiftKind, $first: Int!, $after: String) {
    gifts(search: $search, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GiftFields
      }
    }
  }
  ${giftFields}
`;

/** The catalogue with unit costs (成本), for finance: other roles are not shown what a gift costs. */
export const GiftsWithCostDocument: TypedDocumentNode<GiftsResult, GiftsVariables> = gql`
  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {
    gifts(search: $search, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GiftFields
        unitCost
      }
    }
  }
  ${giftFields}
`;

/** members' `CreateGiftInput`. */
export interface CreateGiftInput {
  name: string;
  kind: GiftKind;
  pointsPrice: number;
  stock: number;
  unitCost?: string | null;
}

export const CreateGiftDocument: TypedDocumentNode<{ createGift: Gift }, { input: CreateGiftInput }> = gql`
  mutation CreateGift($input: CreateGiftInput!) {
    createGift(input: $input) {
      ...GiftFields
    }
  }
  ${giftFields}
`;

export const RestockGiftDocument: TypedDocumentNode<{ restockGift: Gift }, { id: string; quantity: number; idempotencyKey: string }> = gql`
  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {
    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {
      ...GiftFields
    }
  }
  ${giftFields}
`;

export const SetGiftUnitCostDocument: TypedDocumentNode<{ setGiftUnitCost: Gift }, { id: string; unitCost: string }> = gql`
  mutation SetGiftUnitCost($id: ID!, $unitCost: String!) {
    setGiftUnitCost(id: $id, unitCost: $unitCost) {
      ...GiftFields
      unitCost
    }
  }
  ${giftFields}
`;

/** members' `GiftRedemption` (礼品兑换): a gift handed over for points. */
export interface GiftRedemption {
  id: string;
  quantity: number;
  points: number;
  status: 'REDEEMED' | 'CANCELLED';
  redeemedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  gift: Pick<Gift, 'id' | 'name' | 'stock'>;
}

const redemptionFields = gql`
  fragment RedemptionFields on GiftRedemption {
    id
    quantity
    points
    status
    redeemedAt
    cancelledAt
    cancelReason
    gift {
      id
      name
      stock
    }
  }
`;

/** members' `RedeemGiftInput`. */
export interface RedeemGiftInput {
  membershipId: string;
  giftId: string;
  quantity: number;
  idempotencyKey: string;
}

export const RedeemGiftDocument: TypedDocumentNode<{ redeemGift: GiftRedemption }, { input: RedeemGiftInput }> = gql`
  mutation RedeemGift($input: RedeemGiftInput!) {
    redeemGift(input: $input) {
      ...RedemptionFields
    }
  }
  ${redemptionFields}
`;

export const CancelGiftRedemptionDocument: TypedDocumentNode<
  { cancelGiftRedemption: GiftRedemption },
  { input: { redemptionId: string; reason: string; idempotencyKey: string } }
> = gql`
  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {
    cancelGiftRedemption(input: $input) {
      ...RedemptionFields
    }
  }
  ${redemptionFields}
`;

export const MemberRedemptionsDocument: TypedDocumentNode<
  { membership: { id: string; redemptions: { nodes: GiftRedemption[]; pageInfo: PageInfo; totalCount: number } } | null },
  { id: string; status?: GiftRedemption['status'] | null; first: number; after?: string | null }
> = gql`
  query MemberRedemptions($id: ID!, $status: GiftRedemptionStatus, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      redemptions(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...RedemptionFields
        }
      }
    }
  }
  ${redemptionFields}
`;

/** Gifts offered for redemption, found by name (the picker of 礼品兑换). */
export const GiftOptionsDocument: TypedDocumentNode<GiftsResult, { search?: string | null; first: number }> = gql`
  query GiftOptions($search: String, $first: Int!) {
    gifts(search: $search, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GiftFields
      }
    }
  }
  ${giftFields}
`;
