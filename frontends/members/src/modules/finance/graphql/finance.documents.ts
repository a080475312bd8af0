import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** 积分负债: the points members hold, not yet redeemed nor expired. */
export interface PointsLiability {
  totalPoints: number;
  members: number;
  asOf: string;
}

export const PointsLiabilityDocument: TypedDocumentNode<{ pointsLiability: PointsLiability }, Record<string, never>> = gql`
  query PointsLiability {
    pointsLiability {
      totalPoints
      members
      asOf
    }
  }
`;

/** One gift's line of the gift cost report: handed over in the period, at its unit cost. */
export interface GiftCostLine {
  giftId: string;
  giftName: string;
  quantity: number;
  points: number;
  /** yuan, decimal string; null when finance has not set the unit cost */
  unitCost: string | null;
  cost: string;
}

/** 礼品成本: gifts handed over in a period and what they cost (cancelled redemptions excluded). */
export interface GiftCostReport {
  from: string;
  to: string;
  totalCost: string;
  lines: GiftCostLine[];
}

export const GiftCostReportDocument: TypedDocumentNode<{ giftCostReport: GiftCostReport }, { from: string; to: string }> = gql`
  query GiftCostReport($from: DateTimeISO!, $to: DateTimeISO!) {
    giftCostReport(from: $from, to: $to) {
      from
      to
      totalCost
      lines {
        giftId
        giftName
        quantity
        points
        unitCost
        cost
      }
    }
  }
`;
