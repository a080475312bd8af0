import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** 积分负债: the points members hold and what finance values them at. */
export interface PointsLiability {
  outstandingPoints: number;
  /** yuan: outstandingPoints × valuePerPoint */
  value: string;
  /** yuan per point */
  valuePerPoint: string;
  members: number;
  asOf: string;
}

export const PointsLiabilityDocument: TypedDocumentNode<{ pointsLiability: PointsLiability }, Record<string, never>> = gql`
  query PointsLiability {
    pointsLiability {
      outstandingPoints
      value
      valuePerPoint
      members
      asOf
    }
  }
`;

/** One gift of the cost report: handed over in the period (not cancelled) and what it cost. */
export interface GiftCostLine {
  gift: { id: string; name: string; kind: 'GOODS' | 'SERVICE'; unitCost: string | null };
  quantity: number;
  /** yuan: quantity × the unit cost at hand-over */
  cost: string;
  /** of quantity, handed over before finance had set a unit cost (not in cost) */
  uncostedQuantity: number;
}

/** 礼品成本 of a period (hospital days, both included). */
export interface GiftCostReport {
  from: string;
  to: string;
  lines: GiftCostLine[];
  totalQuantity: number;
  totalCost: string;
}

export const GiftCostReportDocument: TypedDocumentNode<{ giftCostReport: GiftCostReport }, { from: string; to: string }> = gql`
  query GiftCostReport($from: String!, $to: String!) {
    giftCostReport(from: $from, to: $to) {
      from
      to
      totalQuantity
      totalCost
      lines {
        quantity
        cost
        uncostedQuantity
        gift {
          id
          name
          kind
          unitCost
        }
      }
    }
  }
`;
