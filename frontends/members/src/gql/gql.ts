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
    "\n  fragment ActivityFields on Activity {\n    id\n    title\n    description\n    kind\n    startsAt\n    endsAt\n    targetTiers\n    capacity\n    budgetFen\n    registeredCount\n    attendedCount\n    createdAt\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Activities($upcoming: Boolean, $first: Int!, $after: String) {\n    activities(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  fragment ActivityRegistrationFields on ActivityRegistration {\n    id\n    registeredAt\n    attendedAt\n    membership {\n      id\n      cardNumber\n      tier\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.ActivityRegistrationFieldsFragmentDoc,
    "\n  query ActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ActivityRegistrationFields\n        }\n      }\n    }\n  }\n": typeof types.ActivityRegistrationsDocument,
    "\n  query ActivityEffect($id: ID!) {\n    activityEffect(id: $id) {\n      activityId\n      registered\n      attended\n      spendWithin30DaysFen\n      spendFrom\n      spendUntil\n      spendFinal\n    }\n  }\n": typeof types.ActivityEffectDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {\n    registerForActivity(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n": typeof types.RegisterForActivityDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {\n    recordAttendance(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query MemberActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      activityRegistrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          registeredAt\n          attended\n          attendedAt\n          activity {\n            id\n            title\n            kind\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberActivityRegistrationsDocument,
    "\n  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {\n    upcomingBirthdays(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        birthday\n        daysUntil\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n": typeof types.UpcomingBirthdaysDocument,
    "\n  fragment ConsumptionFields on Consumption {\n    id\n    receiptNumber\n    amountFen\n    occurredAt\n    source\n    pointsEarned\n    bonusPoints\n    status\n    refundedAt\n    refundReason\n    pointsReversed\n  }\n": typeof types.ConsumptionFieldsFragmentDoc,
    "\n  mutation RecordConsumption($input: RecordConsumptionInput!) {\n    recordConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n": typeof types.RecordConsumptionDocument,
    "\n  query MemberConsumptions($id: ID!, $status: ConsumptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      consumptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ConsumptionFields\n        }\n      }\n    }\n  }\n": typeof types.MemberConsumptionsDocument,
    "\n  mutation RefundConsumption($input: RefundConsumptionInput!) {\n    refundConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n": typeof types.RefundConsumptionDocument,
    "\n  query PointsLiability {\n    pointsLiability {\n      outstandingPoints\n      valueFen\n      valuePerPointFen\n      members\n      asOf\n    }\n  }\n": typeof types.PointsLiabilityDocument,
    "\n  query GiftCostReport($from: LocalDate!, $to: LocalDate!) {\n    giftCostReport(from: $from, to: $to) {\n      from\n      to\n      totalQuantity\n      totalCostFen\n      lines {\n        quantity\n        costFen\n        uncostedQuantity\n        gift {\n          id\n          name\n          kind\n          unitCostFen\n        }\n      }\n    }\n  }\n": typeof types.GiftCostReportDocument,
    "\n  fragment GiftFields on Gift {\n    id\n    name\n    kind\n    pointsPrice\n    stock\n  }\n": typeof types.GiftFieldsFragmentDoc,
    "\n  query Gifts($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n": typeof types.GiftsDocument,
    "\n  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n        unitCostFen\n      }\n    }\n  }\n": typeof types.GiftsWithCostDocument,
    "\n  mutation CreateGift($input: CreateGiftInput!) {\n    createGift(input: $input) {\n      ...GiftFields\n    }\n  }\n": typeof types.CreateGiftDocument,
    "\n  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {\n    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...GiftFields\n    }\n  }\n": typeof types.RestockGiftDocument,
    "\n  mutation SetGiftUnitCost($id: ID!, $unitCostFen: Fen!) {\n    setGiftUnitCost(id: $id, unitCostFen: $unitCostFen) {\n      ...GiftFields\n      unitCostFen\n    }\n  }\n": typeof types.SetGiftUnitCostDocument,
    "\n  fragment RedemptionFields on GiftRedemption {\n    id\n    quantity\n    points\n    status\n    redeemedAt\n    cancelledAt\n    cancelReason\n    gift {\n      id\n      name\n      stock\n    }\n  }\n": typeof types.RedemptionFieldsFragmentDoc,
    "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) {\n      ...RedemptionFields\n    }\n  }\n": typeof types.RedeemGiftDocument,
    "\n  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {\n    cancelGiftRedemption(input: $input) {\n      ...RedemptionFields\n    }\n  }\n": typeof types.CancelGiftRedemptionDocument,
    "\n  query MemberRedemptions($id: ID!, $status: GiftRedemptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      redemptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...RedemptionFields\n        }\n      }\n    }\n  }\n": typeof types.MemberRedemptionsDocument,
    "\n  query GiftOptions($search: String, $first: Int!) {\n    gifts(search: $search, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n": typeof types.GiftOptionsDocument,
    "\n  fragment CardFields on Card {\n    id\n    number\n    status\n    issuedAt\n    activatedAt\n    lostAt\n    lostReason\n    replacedAt\n    cancelledAt\n  }\n": typeof types.CardFieldsFragmentDoc,
    "\n  query Member360($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n      keyCustomerOwnerId\n      enrolledBy\n      developerId\n      developer {\n        id\n        name\n      }\n      createdAt\n      tierSince\n      tierDetails {\n        code\n        nameZh\n        nameEn\n        multiplier\n        discountPercent\n        benefits\n      }\n      currentCard {\n        ...CardFields\n      }\n      cards {\n        ...CardFields\n      }\n    }\n  }\n": typeof types.Member360Document,
    "\n  query MembershipHistory($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          at\n          actorKind\n          actorId\n          actorName\n          reason\n          fromValue\n          toValue\n        }\n      }\n    }\n  }\n": typeof types.MembershipHistoryDocument,
    "\n  fragment MembershipAfterChange on Membership {\n    id\n    status\n    isKeyCustomer\n    keyCustomerOwnerId\n  }\n": typeof types.MembershipAfterChangeFragmentDoc,
    "\n  mutation IssueCard($membershipId: ID!) {\n    issueCard(membershipId: $membershipId) {\n      ...CardFields\n    }\n  }\n": typeof types.IssueCardDocument,
    "\n  mutation ActivateCard($cardId: ID!) {\n    activateCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": typeof types.ActivateCardDocument,
    "\n  mutation ReportCardLost($cardId: ID!, $reason: String!) {\n    reportCardLost(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n": typeof types.ReportCardLostDocument,
    "\n  mutation ReplaceCard($cardId: ID!, $reason: String!) {\n    replaceCard(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n": typeof types.ReplaceCardDocument,
    "\n  mutation FreezeMembership($id: ID!, $reason: String!) {\n    freezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": typeof types.FreezeMembershipDocument,
    "\n  mutation UnfreezeMembership($id: ID!, $reason: String) {\n    unfreezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": typeof types.UnfreezeMembershipDocument,
    "\n  mutation CancelMembership($id: ID!, $reason: String!) {\n    cancelMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": typeof types.CancelMembershipDocument,
    "\n  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {\n    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {\n      ...MembershipAfterChange\n    }\n  }\n": typeof types.SetKeyCustomerDocument,
    "\n  mutation SetMemberDeveloper($membershipId: ID!, $developerId: ID) {\n    setMemberDeveloper(membershipId: $membershipId, developerId: $developerId) {\n      id\n      developerId\n    }\n  }\n": typeof types.SetMemberDeveloperDocument,
    "\n  query DeveloperCandidates($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n": typeof types.DeveloperCandidatesDocument,
    "\n  fragment MembershipRow on Membership {\n    id\n    cardNumber\n    tier\n    status\n    joinedAt\n    isKeyCustomer\n    pointsBalance\n    customer {\n      id\n      name\n      phone\n    }\n  }\n": typeof types.MembershipRowFragmentDoc,
    "\n  query Memberships($search: String, $tier: String, $status: MembershipStatus, $keyCustomer: Boolean, $first: Int!, $after: String) {\n    memberships(search: $search, tier: $tier, status: $status, keyCustomer: $keyCustomer, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...MembershipRow\n      }\n    }\n  }\n": typeof types.MembershipsDocument,
    "\n  query CustomersWithMembership($search: String!, $first: Int!, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        phone\n        createdAt\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n": typeof types.CustomersWithMembershipDocument,
    "\n  query Tiers {\n    tiers {\n      code\n      nameZh\n      nameEn\n      rank\n    }\n  }\n": typeof types.TiersDocument,
    "\n  mutation EnrollMember($input: EnrollMemberInput!) {\n    enrollMember(input: $input) {\n      ...MembershipRow\n    }\n  }\n": typeof types.EnrollMemberDocument,
    "\n  query MemberSummary($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n    }\n  }\n": typeof types.MemberSummaryDocument,
    "\n  query MemberPointsLots($id: ID!, $openOnly: Boolean, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsLots(openOnly: $openOnly, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          points\n          remaining\n          creditedAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.MemberPointsLotsDocument,
    "\n  query MemberPointsEntries($id: ID!, $kind: PointsEntryKind, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsBalance\n      pointsEntries(kind: $kind, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          points\n          balanceAfter\n          reason\n          operatorId\n          operator {\n            id\n            name\n          }\n          createdAt\n          receiptNumber\n          redemptionId\n        }\n      }\n    }\n  }\n": typeof types.MemberPointsEntriesDocument,
    "\n  fragment PointsAdjustmentFields on PointsAdjustment {\n    id\n    points\n    reason\n    responsibleDepartment\n    responsibleStaffId\n    status\n    requestedBy\n    requestedAt\n    decidedBy\n    decidedAt\n    rejectionReason\n    viewerActions\n    membership {\n      id\n      cardNumber\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.PointsAdjustmentFieldsFragmentDoc,
    "\n  query PointsAdjustments($status: PointsAdjustmentStatus, $membershipId: ID, $first: Int!, $after: String) {\n    pointsAdjustments(status: $status, membershipId: $membershipId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PointsAdjustmentFields\n      }\n    }\n  }\n": typeof types.PointsAdjustmentsDocument,
    "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      ...PointsAdjustmentFields\n    }\n  }\n": typeof types.RequestPointsAdjustmentDocument,
    "\n  mutation ApprovePointsAdjustment($id: ID!) {\n    approvePointsAdjustment(id: $id) {\n      ...PointsAdjustmentFields\n    }\n  }\n": typeof types.ApprovePointsAdjustmentDocument,
    "\n  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {\n    rejectPointsAdjustment(id: $id, reason: $reason) {\n      ...PointsAdjustmentFields\n    }\n  }\n": typeof types.RejectPointsAdjustmentDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query ResponsibleStaff($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n": typeof types.ResponsibleStaffDocument,
    "\n  fragment ReferralRuleFields on ReferralRule {\n    enabled\n    pointsPerReferral\n    capPerPeriod\n    capPeriod\n    updatedAt\n  }\n": typeof types.ReferralRuleFieldsFragmentDoc,
    "\n  query ReferralRule {\n    referralRule {\n      ...ReferralRuleFields\n    }\n  }\n": typeof types.ReferralRuleDocument,
    "\n  mutation UpdateReferralRule($input: ReferralRuleInput!) {\n    updateReferralRule(input: $input) {\n      ...ReferralRuleFields\n    }\n  }\n": typeof types.UpdateReferralRuleDocument,
    "\n  query CustomerReferrals($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      referral {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        referrer {\n          id\n          name\n        }\n      }\n      referralsMade {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        reversedAt\n        referred {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerReferralsDocument,
    "\n  query TierEvaluationPreview($direction: TierChangeDirection, $first: Int!, $after: String) {\n    tierEvaluationPreview(direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        from\n        to\n        spendFen\n        direction\n        membership {\n          id\n          cardNumber\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TierEvaluationPreviewDocument,
};
const documents: Documents = {
    "\n  fragment ActivityFields on Activity {\n    id\n    title\n    description\n    kind\n    startsAt\n    endsAt\n    targetTiers\n    capacity\n    budgetFen\n    registeredCount\n    attendedCount\n    createdAt\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Activities($upcoming: Boolean, $first: Int!, $after: String) {\n    activities(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActivityFields\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  fragment ActivityRegistrationFields on ActivityRegistration {\n    id\n    registeredAt\n    attendedAt\n    membership {\n      id\n      cardNumber\n      tier\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.ActivityRegistrationFieldsFragmentDoc,
    "\n  query ActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ActivityRegistrationFields\n        }\n      }\n    }\n  }\n": types.ActivityRegistrationsDocument,
    "\n  query ActivityEffect($id: ID!) {\n    activityEffect(id: $id) {\n      activityId\n      registered\n      attended\n      spendWithin30DaysFen\n      spendFrom\n      spendUntil\n      spendFinal\n    }\n  }\n": types.ActivityEffectDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {\n    registerForActivity(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n": types.RegisterForActivityDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {\n    recordAttendance(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  query MemberActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      activityRegistrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          registeredAt\n          attended\n          attendedAt\n          activity {\n            id\n            title\n            kind\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": types.MemberActivityRegistrationsDocument,
    "\n  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {\n    upcomingBirthdays(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        birthday\n        daysUntil\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n": types.UpcomingBirthdaysDocument,
    "\n  fragment ConsumptionFields on Consumption {\n    id\n    receiptNumber\n    amountFen\n    occurredAt\n    source\n    pointsEarned\n    bonusPoints\n    status\n    refundedAt\n    refundReason\n    pointsReversed\n  }\n": types.ConsumptionFieldsFragmentDoc,
    "\n  mutation RecordConsumption($input: RecordConsumptionInput!) {\n    recordConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n": types.RecordConsumptionDocument,
    "\n  query MemberConsumptions($id: ID!, $status: ConsumptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      consumptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ConsumptionFields\n        }\n      }\n    }\n  }\n": types.MemberConsumptionsDocument,
    "\n  mutation RefundConsumption($input: RefundConsumptionInput!) {\n    refundConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n": types.RefundConsumptionDocument,
    "\n  query PointsLiability {\n    pointsLiability {\n      outstandingPoints\n      valueFen\n      valuePerPointFen\n      members\n      asOf\n    }\n  }\n": types.PointsLiabilityDocument,
    "\n  query GiftCostReport($from: LocalDate!, $to: LocalDate!) {\n    giftCostReport(from: $from, to: $to) {\n      from\n      to\n      totalQuantity\n      totalCostFen\n      lines {\n        quantity\n        costFen\n        uncostedQuantity\n        gift {\n          id\n          name\n          kind\n          unitCostFen\n        }\n      }\n    }\n  }\n": types.GiftCostReportDocument,
    "\n  fragment GiftFields on Gift {\n    id\n    name\n    kind\n    pointsPrice\n    stock\n  }\n": types.GiftFieldsFragmentDoc,
    "\n  query Gifts($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n": types.GiftsDocument,
    "\n  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n        unitCostFen\n      }\n    }\n  }\n": types.GiftsWithCostDocument,
    "\n  mutation CreateGift($input: CreateGiftInput!) {\n    createGift(input: $input) {\n      ...GiftFields\n    }\n  }\n": types.CreateGiftDocument,
    "\n  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {\n    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...GiftFields\n    }\n  }\n": types.RestockGiftDocument,
    "\n  mutation SetGiftUnitCost($id: ID!, $unitCostFen: Fen!) {\n    setGiftUnitCost(id: $id, unitCostFen: $unitCostFen) {\n      ...GiftFields\n      unitCostFen\n    }\n  }\n": types.SetGiftUnitCostDocument,
    "\n  fragment RedemptionFields on GiftRedemption {\n    id\n    quantity\n    points\n    status\n    redeemedAt\n    cancelledAt\n    cancelReason\n    gift {\n      id\n      name\n      stock\n    }\n  }\n": types.RedemptionFieldsFragmentDoc,
    "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) {\n      ...RedemptionFields\n    }\n  }\n": types.RedeemGiftDocument,
    "\n  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {\n    cancelGiftRedemption(input: $input) {\n      ...RedemptionFields\n    }\n  }\n": types.CancelGiftRedemptionDocument,
    "\n  query MemberRedemptions($id: ID!, $status: GiftRedemptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      redemptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...RedemptionFields\n        }\n      }\n    }\n  }\n": types.MemberRedemptionsDocument,
    "\n  query GiftOptions($search: String, $first: Int!) {\n    gifts(search: $search, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n": types.GiftOptionsDocument,
    "\n  fragment CardFields on Card {\n    id\n    number\n    status\n    issuedAt\n    activatedAt\n    lostAt\n    lostReason\n    replacedAt\n    cancelledAt\n  }\n": types.CardFieldsFragmentDoc,
    "\n  query Member360($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n      keyCustomerOwnerId\n      enrolledBy\n      developerId\n      developer {\n        id\n        name\n      }\n      createdAt\n      tierSince\n      tierDetails {\n        code\n        nameZh\n        nameEn\n        multiplier\n        discountPercent\n        benefits\n      }\n      currentCard {\n        ...CardFields\n      }\n      cards {\n        ...CardFields\n      }\n    }\n  }\n": types.Member360Document,
    "\n  query MembershipHistory($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          at\n          actorKind\n          actorId\n          actorName\n          reason\n          fromValue\n          toValue\n        }\n      }\n    }\n  }\n": types.MembershipHistoryDocument,
    "\n  fragment MembershipAfterChange on Membership {\n    id\n    status\n    isKeyCustomer\n    keyCustomerOwnerId\n  }\n": types.MembershipAfterChangeFragmentDoc,
    "\n  mutation IssueCard($membershipId: ID!) {\n    issueCard(membershipId: $membershipId) {\n      ...CardFields\n    }\n  }\n": types.IssueCardDocument,
    "\n  mutation ActivateCard($cardId: ID!) {\n    activateCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n": types.ActivateCardDocument,
    "\n  mutation ReportCardLost($cardId: ID!, $reason: String!) {\n    reportCardLost(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n": types.ReportCardLostDocument,
    "\n  mutation ReplaceCard($cardId: ID!, $reason: String!) {\n    replaceCard(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n": types.ReplaceCardDocument,
    "\n  mutation FreezeMembership($id: ID!, $reason: String!) {\n    freezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": types.FreezeMembershipDocument,
    "\n  mutation UnfreezeMembership($id: ID!, $reason: String) {\n    unfreezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": types.UnfreezeMembershipDocument,
    "\n  mutation CancelMembership($id: ID!, $reason: String!) {\n    cancelMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n": types.CancelMembershipDocument,
    "\n  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {\n    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {\n      ...MembershipAfterChange\n    }\n  }\n": types.SetKeyCustomerDocument,
    "\n  mutation SetMemberDeveloper($membershipId: ID!, $developerId: ID) {\n    setMemberDeveloper(membershipId: $membershipId, developerId: $developerId) {\n      id\n      developerId\n    }\n  }\n": types.SetMemberDeveloperDocument,
    "\n  query DeveloperCandidates($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n": types.DeveloperCandidatesDocument,
    "\n  fragment MembershipRow on Membership {\n    id\n    cardNumber\n    tier\n    status\n    joinedAt\n    isKeyCustomer\n    pointsBalance\n    customer {\n      id\n      name\n      phone\n    }\n  }\n": types.MembershipRowFragmentDoc,
    "\n  query Memberships($search: String, $tier: String, $status: MembershipStatus, $keyCustomer: Boolean, $first: Int!, $after: String) {\n    memberships(search: $search, tier: $tier, status: $status, keyCustomer: $keyCustomer, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...MembershipRow\n      }\n    }\n  }\n": types.MembershipsDocument,
    "\n  query CustomersWithMembership($search: String!, $first: Int!, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        phone\n        createdAt\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n": types.CustomersWithMembershipDocument,
    "\n  query Tiers {\n    tiers {\n      code\n      nameZh\n      nameEn\n      rank\n    }\n  }\n": types.TiersDocument,
    "\n  mutation EnrollMember($input: EnrollMemberInput!) {\n    enrollMember(input: $input) {\n      ...MembershipRow\n    }\n  }\n": types.EnrollMemberDocument,
    "\n  query MemberSummary($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n    }\n  }\n": types.MemberSummaryDocument,
    "\n  query MemberPointsLots($id: ID!, $openOnly: Boolean, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsLots(openOnly: $openOnly, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          points\n          remaining\n          creditedAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.MemberPointsLotsDocument,
    "\n  query MemberPointsEntries($id: ID!, $kind: PointsEntryKind, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsBalance\n      pointsEntries(kind: $kind, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          points\n          balanceAfter\n          reason\n          operatorId\n          operator {\n            id\n            name\n          }\n          createdAt\n          receiptNumber\n          redemptionId\n        }\n      }\n    }\n  }\n": types.MemberPointsEntriesDocument,
    "\n  fragment PointsAdjustmentFields on PointsAdjustment {\n    id\n    points\n    reason\n    responsibleDepartment\n    responsibleStaffId\n    status\n    requestedBy\n    requestedAt\n    decidedBy\n    decidedAt\n    rejectionReason\n    viewerActions\n    membership {\n      id\n      cardNumber\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.PointsAdjustmentFieldsFragmentDoc,
    "\n  query PointsAdjustments($status: PointsAdjustmentStatus, $membershipId: ID, $first: Int!, $after: String) {\n    pointsAdjustments(status: $status, membershipId: $membershipId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PointsAdjustmentFields\n      }\n    }\n  }\n": types.PointsAdjustmentsDocument,
    "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      ...PointsAdjustmentFields\n    }\n  }\n": types.RequestPointsAdjustmentDocument,
    "\n  mutation ApprovePointsAdjustment($id: ID!) {\n    approvePointsAdjustment(id: $id) {\n      ...PointsAdjustmentFields\n    }\n  }\n": types.ApprovePointsAdjustmentDocument,
    "\n  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {\n    rejectPointsAdjustment(id: $id, reason: $reason) {\n      ...PointsAdjustmentFields\n    }\n  }\n": types.RejectPointsAdjustmentDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query ResponsibleStaff($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n": types.ResponsibleStaffDocument,
    "\n  fragment ReferralRuleFields on ReferralRule {\n    enabled\n    pointsPerReferral\n    capPerPeriod\n    capPeriod\n    updatedAt\n  }\n": types.ReferralRuleFieldsFragmentDoc,
    "\n  query ReferralRule {\n    referralRule {\n      ...ReferralRuleFields\n    }\n  }\n": types.ReferralRuleDocument,
    "\n  mutation UpdateReferralRule($input: ReferralRuleInput!) {\n    updateReferralRule(input: $input) {\n      ...ReferralRuleFields\n    }\n  }\n": types.UpdateReferralRuleDocument,
    "\n  query CustomerReferrals($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      referral {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        referrer {\n          id\n          name\n        }\n      }\n      referralsMade {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        reversedAt\n        referred {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CustomerReferralsDocument,
    "\n  query TierEvaluationPreview($direction: TierChangeDirection, $first: Int!, $after: String) {\n    tierEvaluationPreview(direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        from\n        to\n        spendFen\n        direction\n        membership {\n          id\n          cardNumber\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TierEvaluationPreviewDocument,
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
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    title\n    description\n    kind\n    startsAt\n    endsAt\n    targetTiers\n    capacity\n    budgetFen\n    registeredCount\n    attendedCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    title\n    description\n    kind\n    startsAt\n    endsAt\n    targetTiers\n    capacity\n    budgetFen\n    registeredCount\n    attendedCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($upcoming: Boolean, $first: Int!, $after: String) {\n    activities(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($upcoming: Boolean, $first: Int!, $after: String) {\n    activities(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityRegistrationFields on ActivityRegistration {\n    id\n    registeredAt\n    attendedAt\n    membership {\n      id\n      cardNumber\n      tier\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityRegistrationFields on ActivityRegistration {\n    id\n    registeredAt\n    attendedAt\n    membership {\n      id\n      cardNumber\n      tier\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ActivityRegistrationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ActivityRegistrationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityEffect($id: ID!) {\n    activityEffect(id: $id) {\n      activityId\n      registered\n      attended\n      spendWithin30DaysFen\n      spendFrom\n      spendUntil\n      spendFinal\n    }\n  }\n"): (typeof documents)["\n  query ActivityEffect($id: ID!) {\n    activityEffect(id: $id) {\n      activityId\n      registered\n      attended\n      spendWithin30DaysFen\n      spendFrom\n      spendUntil\n      spendFinal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {\n    registerForActivity(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {\n    registerForActivity(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {\n    recordAttendance(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {\n    recordAttendance(activityId: $activityId, membershipId: $membershipId) {\n      ...ActivityRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      activityRegistrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          registeredAt\n          attended\n          attendedAt\n          activity {\n            id\n            title\n            kind\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberActivityRegistrations($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      activityRegistrations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          registeredAt\n          attended\n          attendedAt\n          activity {\n            id\n            title\n            kind\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {\n    upcomingBirthdays(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        birthday\n        daysUntil\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {\n    upcomingBirthdays(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        birthday\n        daysUntil\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsumptionFields on Consumption {\n    id\n    receiptNumber\n    amountFen\n    occurredAt\n    source\n    pointsEarned\n    bonusPoints\n    status\n    refundedAt\n    refundReason\n    pointsReversed\n  }\n"): (typeof documents)["\n  fragment ConsumptionFields on Consumption {\n    id\n    receiptNumber\n    amountFen\n    occurredAt\n    source\n    pointsEarned\n    bonusPoints\n    status\n    refundedAt\n    refundReason\n    pointsReversed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsumption($input: RecordConsumptionInput!) {\n    recordConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsumption($input: RecordConsumptionInput!) {\n    recordConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberConsumptions($id: ID!, $status: ConsumptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      consumptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ConsumptionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberConsumptions($id: ID!, $status: ConsumptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      consumptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ConsumptionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundConsumption($input: RefundConsumptionInput!) {\n    refundConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundConsumption($input: RefundConsumptionInput!) {\n    refundConsumption(input: $input) {\n      ...ConsumptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLiability {\n    pointsLiability {\n      outstandingPoints\n      valueFen\n      valuePerPointFen\n      members\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query PointsLiability {\n    pointsLiability {\n      outstandingPoints\n      valueFen\n      valuePerPointFen\n      members\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCostReport($from: LocalDate!, $to: LocalDate!) {\n    giftCostReport(from: $from, to: $to) {\n      from\n      to\n      totalQuantity\n      totalCostFen\n      lines {\n        quantity\n        costFen\n        uncostedQuantity\n        gift {\n          id\n          name\n          kind\n          unitCostFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GiftCostReport($from: LocalDate!, $to: LocalDate!) {\n    giftCostReport(from: $from, to: $to) {\n      from\n      to\n      totalQuantity\n      totalCostFen\n      lines {\n        quantity\n        costFen\n        uncostedQuantity\n        gift {\n          id\n          name\n          kind\n          unitCostFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GiftFields on Gift {\n    id\n    name\n    kind\n    pointsPrice\n    stock\n  }\n"): (typeof documents)["\n  fragment GiftFields on Gift {\n    id\n    name\n    kind\n    pointsPrice\n    stock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gifts($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Gifts($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n        unitCostFen\n      }\n    }\n  }\n"): (typeof documents)["\n  query GiftsWithCost($search: String, $kind: GiftKind, $first: Int!, $after: String) {\n    gifts(search: $search, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n        unitCostFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGift($input: CreateGiftInput!) {\n    createGift(input: $input) {\n      ...GiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGift($input: CreateGiftInput!) {\n    createGift(input: $input) {\n      ...GiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {\n    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...GiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestockGift($id: ID!, $quantity: Int!, $idempotencyKey: String!) {\n    restockGift(id: $id, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      ...GiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGiftUnitCost($id: ID!, $unitCostFen: Fen!) {\n    setGiftUnitCost(id: $id, unitCostFen: $unitCostFen) {\n      ...GiftFields\n      unitCostFen\n    }\n  }\n"): (typeof documents)["\n  mutation SetGiftUnitCost($id: ID!, $unitCostFen: Fen!) {\n    setGiftUnitCost(id: $id, unitCostFen: $unitCostFen) {\n      ...GiftFields\n      unitCostFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RedemptionFields on GiftRedemption {\n    id\n    quantity\n    points\n    status\n    redeemedAt\n    cancelledAt\n    cancelReason\n    gift {\n      id\n      name\n      stock\n    }\n  }\n"): (typeof documents)["\n  fragment RedemptionFields on GiftRedemption {\n    id\n    quantity\n    points\n    status\n    redeemedAt\n    cancelledAt\n    cancelReason\n    gift {\n      id\n      name\n      stock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) {\n      ...RedemptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) {\n      ...RedemptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {\n    cancelGiftRedemption(input: $input) {\n      ...RedemptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelGiftRedemption($input: CancelGiftRedemptionInput!) {\n    cancelGiftRedemption(input: $input) {\n      ...RedemptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRedemptions($id: ID!, $status: GiftRedemptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      redemptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...RedemptionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRedemptions($id: ID!, $status: GiftRedemptionStatus, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      redemptions(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...RedemptionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftOptions($search: String, $first: Int!) {\n    gifts(search: $search, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GiftOptions($search: String, $first: Int!) {\n    gifts(search: $search, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GiftFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CardFields on Card {\n    id\n    number\n    status\n    issuedAt\n    activatedAt\n    lostAt\n    lostReason\n    replacedAt\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment CardFields on Card {\n    id\n    number\n    status\n    issuedAt\n    activatedAt\n    lostAt\n    lostReason\n    replacedAt\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member360($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n      keyCustomerOwnerId\n      enrolledBy\n      developerId\n      developer {\n        id\n        name\n      }\n      createdAt\n      tierSince\n      tierDetails {\n        code\n        nameZh\n        nameEn\n        multiplier\n        discountPercent\n        benefits\n      }\n      currentCard {\n        ...CardFields\n      }\n      cards {\n        ...CardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Member360($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n      keyCustomerOwnerId\n      enrolledBy\n      developerId\n      developer {\n        id\n        name\n      }\n      createdAt\n      tierSince\n      tierDetails {\n        code\n        nameZh\n        nameEn\n        multiplier\n        discountPercent\n        benefits\n      }\n      currentCard {\n        ...CardFields\n      }\n      cards {\n        ...CardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipHistory($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          at\n          actorKind\n          actorId\n          actorName\n          reason\n          fromValue\n          toValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembershipHistory($id: ID!, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          at\n          actorKind\n          actorId\n          actorName\n          reason\n          fromValue\n          toValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipAfterChange on Membership {\n    id\n    status\n    isKeyCustomer\n    keyCustomerOwnerId\n  }\n"): (typeof documents)["\n  fragment MembershipAfterChange on Membership {\n    id\n    status\n    isKeyCustomer\n    keyCustomerOwnerId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCard($membershipId: ID!) {\n    issueCard(membershipId: $membershipId) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCard($membershipId: ID!) {\n    issueCard(membershipId: $membershipId) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateCard($cardId: ID!) {\n    activateCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateCard($cardId: ID!) {\n    activateCard(cardId: $cardId) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCardLost($cardId: ID!, $reason: String!) {\n    reportCardLost(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCardLost($cardId: ID!, $reason: String!) {\n    reportCardLost(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceCard($cardId: ID!, $reason: String!) {\n    replaceCard(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceCard($cardId: ID!, $reason: String!) {\n    replaceCard(cardId: $cardId, reason: $reason) {\n      ...CardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeMembership($id: ID!, $reason: String!) {\n    freezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeMembership($id: ID!, $reason: String!) {\n    freezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfreezeMembership($id: ID!, $reason: String) {\n    unfreezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"): (typeof documents)["\n  mutation UnfreezeMembership($id: ID!, $reason: String) {\n    unfreezeMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMembership($id: ID!, $reason: String!) {\n    cancelMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMembership($id: ID!, $reason: String!) {\n    cancelMembership(id: $id, reason: $reason) {\n      ...MembershipAfterChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {\n    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {\n      ...MembershipAfterChange\n    }\n  }\n"): (typeof documents)["\n  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {\n    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {\n      ...MembershipAfterChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberDeveloper($membershipId: ID!, $developerId: ID) {\n    setMemberDeveloper(membershipId: $membershipId, developerId: $developerId) {\n      id\n      developerId\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberDeveloper($membershipId: ID!, $developerId: ID) {\n    setMemberDeveloper(membershipId: $membershipId, developerId: $developerId) {\n      id\n      developerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeveloperCandidates($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeveloperCandidates($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipRow on Membership {\n    id\n    cardNumber\n    tier\n    status\n    joinedAt\n    isKeyCustomer\n    pointsBalance\n    customer {\n      id\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipRow on Membership {\n    id\n    cardNumber\n    tier\n    status\n    joinedAt\n    isKeyCustomer\n    pointsBalance\n    customer {\n      id\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Memberships($search: String, $tier: String, $status: MembershipStatus, $keyCustomer: Boolean, $first: Int!, $after: String) {\n    memberships(search: $search, tier: $tier, status: $status, keyCustomer: $keyCustomer, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...MembershipRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Memberships($search: String, $tier: String, $status: MembershipStatus, $keyCustomer: Boolean, $first: Int!, $after: String) {\n    memberships(search: $search, tier: $tier, status: $status, keyCustomer: $keyCustomer, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...MembershipRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersWithMembership($search: String!, $first: Int!, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        phone\n        createdAt\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersWithMembership($search: String!, $first: Int!, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        phone\n        createdAt\n        membership {\n          ...MembershipRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tiers {\n    tiers {\n      code\n      nameZh\n      nameEn\n      rank\n    }\n  }\n"): (typeof documents)["\n  query Tiers {\n    tiers {\n      code\n      nameZh\n      nameEn\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollMember($input: EnrollMemberInput!) {\n    enrollMember(input: $input) {\n      ...MembershipRow\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollMember($input: EnrollMemberInput!) {\n    enrollMember(input: $input) {\n      ...MembershipRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSummary($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n    }\n  }\n"): (typeof documents)["\n  query MemberSummary($id: ID!) {\n    membership(id: $id) {\n      ...MembershipRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPointsLots($id: ID!, $openOnly: Boolean, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsLots(openOnly: $openOnly, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          points\n          remaining\n          creditedAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPointsLots($id: ID!, $openOnly: Boolean, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsLots(openOnly: $openOnly, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          points\n          remaining\n          creditedAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPointsEntries($id: ID!, $kind: PointsEntryKind, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsBalance\n      pointsEntries(kind: $kind, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          points\n          balanceAfter\n          reason\n          operatorId\n          operator {\n            id\n            name\n          }\n          createdAt\n          receiptNumber\n          redemptionId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPointsEntries($id: ID!, $kind: PointsEntryKind, $first: Int!, $after: String) {\n    membership(id: $id) {\n      id\n      pointsBalance\n      pointsEntries(kind: $kind, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          kind\n          points\n          balanceAfter\n          reason\n          operatorId\n          operator {\n            id\n            name\n          }\n          createdAt\n          receiptNumber\n          redemptionId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsAdjustmentFields on PointsAdjustment {\n    id\n    points\n    reason\n    responsibleDepartment\n    responsibleStaffId\n    status\n    requestedBy\n    requestedAt\n    decidedBy\n    decidedAt\n    rejectionReason\n    viewerActions\n    membership {\n      id\n      cardNumber\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PointsAdjustmentFields on PointsAdjustment {\n    id\n    points\n    reason\n    responsibleDepartment\n    responsibleStaffId\n    status\n    requestedBy\n    requestedAt\n    decidedBy\n    decidedAt\n    rejectionReason\n    viewerActions\n    membership {\n      id\n      cardNumber\n      customer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsAdjustments($status: PointsAdjustmentStatus, $membershipId: ID, $first: Int!, $after: String) {\n    pointsAdjustments(status: $status, membershipId: $membershipId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PointsAdjustmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsAdjustments($status: PointsAdjustmentStatus, $membershipId: ID, $first: Int!, $after: String) {\n    pointsAdjustments(status: $status, membershipId: $membershipId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PointsAdjustmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      ...PointsAdjustmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      ...PointsAdjustmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePointsAdjustment($id: ID!) {\n    approvePointsAdjustment(id: $id) {\n      ...PointsAdjustmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePointsAdjustment($id: ID!) {\n    approvePointsAdjustment(id: $id) {\n      ...PointsAdjustmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {\n    rejectPointsAdjustment(id: $id, reason: $reason) {\n      ...PointsAdjustmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {\n    rejectPointsAdjustment(id: $id, reason: $reason) {\n      ...PointsAdjustmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibleStaff($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibleStaff($search: String!) {\n    staffMembers(search: $search, first: 10) {\n      nodes {\n        id\n        name\n        username\n        departmentCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralRuleFields on ReferralRule {\n    enabled\n    pointsPerReferral\n    capPerPeriod\n    capPeriod\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReferralRuleFields on ReferralRule {\n    enabled\n    pointsPerReferral\n    capPerPeriod\n    capPeriod\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralRule {\n    referralRule {\n      ...ReferralRuleFields\n    }\n  }\n"): (typeof documents)["\n  query ReferralRule {\n    referralRule {\n      ...ReferralRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReferralRule($input: ReferralRuleInput!) {\n    updateReferralRule(input: $input) {\n      ...ReferralRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReferralRule($input: ReferralRuleInput!) {\n    updateReferralRule(input: $input) {\n      ...ReferralRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerReferrals($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      referral {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        referrer {\n          id\n          name\n        }\n      }\n      referralsMade {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        reversedAt\n        referred {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerReferrals($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      referral {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        referrer {\n          id\n          name\n        }\n      }\n      referralsMade {\n        status\n        declineReason\n        points\n        pointsReversed\n        referredAt\n        rewardedAt\n        reversedAt\n        referred {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierEvaluationPreview($direction: TierChangeDirection, $first: Int!, $after: String) {\n    tierEvaluationPreview(direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        from\n        to\n        spendFen\n        direction\n        membership {\n          id\n          cardNumber\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TierEvaluationPreview($direction: TierChangeDirection, $first: Int!, $after: String) {\n    tierEvaluationPreview(direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        from\n        to\n        spendFen\n        direction\n        membership {\n          id\n          cardNumber\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;