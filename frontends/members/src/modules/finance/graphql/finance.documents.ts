import { graphql } from '../../../gql';

/** 积分负债: the points members hold and what finance values them at. */
export const PointsLiabilityDocument = graphql(`
  query PointsLiability {
    pointsLiability {
      outstandingPoints
      valueFen
      valuePerPointFen
      members
      asOf
    }
  }
`);

/** 礼品成本 of a period (hospital days, both included): each gift handed over (not cancelled) and what it cost. */
export const GiftCostReportDocument = graphql(`
  query GiftCostReport($from: LocalDate!, $to: LocalDate!) {
    giftCostReport(from: $from, to: $to) {
      from
      to
      totalQuantity
      totalCostFen
      lines {
        quantity
        costFen
        uncostedQuantity
        gift {
          id
          name
          kind
          unitCostFen
        }
      }
    }
  }
`);
