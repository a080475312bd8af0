import { graphql } from '../../../gql';
import type { GiftKind } from '../../../gql/graphql';

/** members' `GiftKind`s, for the filters and forms: purchased goods, or an in-house service item. */
export const giftKinds = ['GOODS', 'SERVICE'] as const satisfies readonly GiftKind[];

/** members' `Gift` (礼品), as everyone sees it (the unit cost is finance's, asked for only by its documents). */
export const GiftFieldsFragmentDoc = graphql(`
  fragment GiftFields on Gift {
    id
    name
    kind
    pointsPrice
    stock
  }
`);

export const GiftsDocument = graphql(`
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
`);

/** The catalogue with unit costs (成本), for finance: other roles are not shown what a gift costs. */
export const GiftsWithCostDocument = graphql(`
  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {
    gifts(search: $search, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GiftFields
        unitCostFen
      }
    }
  }
`);

export const CreateGiftDocument = graphql(`
  mutation CreateGift($input: CreateGiftInput!) {
    createGift(input: $input) {
      ...GiftFields
    }
  }
`);

export const RestockGiftDocument = graphql(`
  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {
    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {
      ...GiftFields
    }
  }
`);

export const SetGiftUnitCostDocument = graphql(`
  mutation SetGiftUnitCost($id: ID!, $unitCostFen: Fen!) {
    setGiftUnitCost(id: $id, unitCostFen: $unitCostFen) {
      ...GiftFields
      unitCostFen
    }
  }
`);

/** members' `GiftRedemption` (礼品兑换): a gift handed over for points. */
export const RedemptionFieldsFragmentDoc = graphql(`
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
`);

export const RedeemGiftDocument = graphql(`
  mutation RedeemGift($input: RedeemGiftInput!) {
    redeemGift(input: $input) {
      ...RedemptionFields
    }
  }
`);

export const CancelGiftRedemptionDocument = graphql(`
  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {
    cancelGiftRedemption(input: $input) {
      ...RedemptionFields
    }
  }
`);

export const MemberRedemptionsDocument = graphql(`
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
`);

/** Gifts offered for redemption, found by name (the picker of 礼品兑换). */
export const GiftOptionsDocument = graphql(`
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
`);
