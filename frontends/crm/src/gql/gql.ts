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
    "\n  fragment CrmAppointment on Appointment {\n    id\n    customerId\n    consultationId\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    slotStart\n    status\n    phoneConverted\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    bookedBy\n    bookedByStaff {\n      id\n      name\n    }\n    createdAt\n    cancelledAt\n    viewerActions\n    confirmation {\n      state\n      source\n      remindedAt\n      answeredAt\n    }\n  }\n": typeof types.CrmAppointmentFragmentDoc,
    "\n  query CrmAppointments($day: LocalDate, $from: LocalDate, $to: LocalDate, $doctorId: ID, $first: Int!, $after: String) {\n    appointments(day: $day, from: $from, to: $to, doctorId: $doctorId, first: $first, after: $after) {\n      nodes {\n        ...CrmAppointment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmAppointmentsDocument,
    "\n  mutation CrmBookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...CrmAppointment\n    }\n  }\n": typeof types.CrmBookAppointmentDocument,
    "\n  mutation CrmCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": typeof types.CrmCancelAppointmentDocument,
    "\n  mutation CrmMarkAppointmentNoShow($id: ID!) {\n    markAppointmentNoShow(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": typeof types.CrmMarkAppointmentNoShowDocument,
    "\n  mutation CrmConfirmAppointment($id: ID!) {\n    confirmAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": typeof types.CrmConfirmAppointmentDocument,
    "\n  query CrmDutyRoster($day: LocalDate!) {\n    dutyRoster(day: $day) {\n      day\n      consultantIds\n      consultants {\n        id\n        name\n      }\n      nextIndex\n      updatedAt\n    }\n  }\n": typeof types.CrmDutyRosterDocument,
    "\n  mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {\n    setDutyRoster(input: $input) {\n      day\n      consultantIds\n      nextIndex\n      updatedAt\n    }\n  }\n": typeof types.CrmSetDutyRosterDocument,
    "\n  query CrmDepartmentStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        position\n        active\n      }\n    }\n  }\n": typeof types.CrmDepartmentStaffDocument,
    "\n  query CrmDoctors($departmentCode: String, $first: Int!, $after: String) {\n    doctors(departmentCode: $departmentCode, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        departmentCode\n        specialities\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmDoctorsDocument,
    "\n  query CrmClinicalDepartments {\n    departments {\n      code\n      clinical\n    }\n  }\n": typeof types.CrmClinicalDepartmentsDocument,
    "\n  query CrmDoctorFreeSlots($doctorId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    doctorFreeSlots(doctorId: $doctorId, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n": typeof types.CrmDoctorFreeSlotsDocument,
    "\n  query CrmDoctorsFreeSlots($doctorIds: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n    doctorsFreeSlots(doctorIds: $doctorIds, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n": typeof types.CrmDoctorsFreeSlotsDocument,
    "\n  query CrmDoctorSchedule($doctorId: ID!) {\n    doctorSchedule(doctorId: $doctorId) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n      updatedByStaff {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmDoctorScheduleDocument,
    "\n  mutation CrmSetDoctorSchedule($input: SetDoctorScheduleInput!) {\n    setDoctorSchedule(input: $input) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n    }\n  }\n": typeof types.CrmSetDoctorScheduleDocument,
    "\n  query CrmHospitalDepartments {\n    departments {\n      code\n    }\n  }\n": typeof types.CrmHospitalDepartmentsDocument,
    "\n  query CrmStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n": typeof types.CrmStaffNameDocument,
    "\n  query CrmColleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n": typeof types.CrmColleaguesDocument,
    "\n  fragment CrmComplaint on Complaint {\n    id\n    kind\n    customerId\n    channel\n    category\n    severity\n    description\n    approvalText\n    departmentCode\n    status\n    viewerActions\n    onsiteAttempts\n    emergency\n    resolutionKind\n    resolution\n    amountFen\n    satisfaction\n    responsibleDepartment\n    penalty\n    announced\n    receivedAt\n    closedAt\n    stageEnteredAt\n    timeLimitMinutes\n    dueAt\n    owner\n    overdue\n    overdueAt\n    overdueCount\n    escalatedTo\n    escalatedAt\n    steps {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      note\n      at\n    }\n  }\n": typeof types.CrmComplaintFragmentDoc,
    "\n  query CrmComplaints($status: ComplaintStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {\n    complaints(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {\n      nodes {\n        ...CrmComplaint\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmComplaintsDocument,
    "\n  query CrmComplaint($id: ID!) {\n    complaint(id: $id) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmComplaintDocument,
    "\n  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {\n    advanceComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmAdvanceComplaintDocument,
    "\n  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {\n    proposeComplaintResolution(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmProposeComplaintResolutionDocument,
    "\n  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {\n    approveComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmApproveComplaintResolutionDocument,
    "\n  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {\n    rejectComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmRejectComplaintResolutionDocument,
    "\n  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {\n    confirmComplaintRefund(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmConfirmComplaintRefundDocument,
    "\n  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {\n    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmEscalateComplaintEmergencyDocument,
    "\n  mutation CrmCloseComplaint($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmCloseComplaintDocument,
    "\n  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {\n    recordComplaintResponsibility(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmRecordComplaintResponsibilityDocument,
    "\n  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {\n    receiveComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": typeof types.CrmReceiveComplaintDocument,
    "\n  query CrmComplaintTimeLimits {\n    complaintTimeLimits {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n": typeof types.CrmComplaintTimeLimitsDocument,
    "\n  mutation CrmUpdateComplaintTimeLimits($limits: [ComplaintTimeLimitInput!]!) {\n    updateComplaintTimeLimits(limits: $limits) {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n": typeof types.CrmUpdateComplaintTimeLimitsDocument,
    "\n  query CrmWeeklyOpinionReport($weekOf: LocalDate!) {\n    weeklyOpinionReport(weekOf: $weekOf) {\n      weekOf\n      from\n      to\n      total\n      complaints\n      suggestions\n      emergencies\n      overdue\n      overdueInWeek\n      byCategory {\n        key\n        count\n      }\n      bySeverity {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n": typeof types.CrmWeeklyOpinionReportDocument,
    "\n  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {\n    registerConsultation(input: $input) {\n      id\n      customerId\n      phone\n      name\n      outcome\n      consultedAt\n    }\n  }\n": typeof types.CrmRegisterConsultationDocument,
    "\n  query CrmCustomerByPhone($search: String!) {\n    customers(search: $search, first: 3) {\n      nodes {\n        id\n        name\n        phone\n        customerClass\n        stage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmCustomerByPhoneDocument,
    "\n  fragment Customer360 on Customer {\n    id\n    viewerActions\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    stage\n    dealCount\n    customerClass\n    hiddenNeeds\n    consultantId\n    createdAt\n    updatedAt\n    keyAccount {\n      id\n      name\n      kind\n    }\n    referrer {\n      id\n      name\n    }\n    classHistory {\n      id\n      fromClass\n      toClass\n      reason\n      changedByName\n      changedAt\n    }\n    membership {\n      id\n      cardNumber\n      tier\n      status\n      pointsBalance\n    }\n  }\n": typeof types.Customer360FragmentDoc,
    "\n  query CrmCustomer360($id: ID!) {\n    customer(id: $id) {\n      ...Customer360\n    }\n  }\n": typeof types.CrmCustomer360Document,
    "\n  fragment CustomerConsultationItem on Consultation {\n    id\n    channel\n    consultedAt\n    outcome\n    noIntentionReason\n    visitIntention\n    concern\n    departmentCode\n    notes\n  }\n": typeof types.CustomerConsultationItemFragmentDoc,
    "\n  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {\n    consultations(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerConsultationItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmCustomerConsultationsDocument,
    "\n  fragment CustomerVisitItem on Visit {\n    id\n    type\n    departmentCode\n    walkIn\n    arrivedAt\n    dealt\n    items\n    dealAmountFen\n  }\n": typeof types.CustomerVisitItemFragmentDoc,
    "\n  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {\n    visits(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerVisitItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmCustomerVisitsDocument,
    "\n  query CrmCustomerTimeline($id: ID!, $first: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        visibleKinds\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          at\n          code\n          status\n          departmentCode\n          amountFen\n          visitId\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmCustomerTimelineDocument,
    "\n  query CrmCustomerMemberTimeline($id: ID!, $first: Int!, $after: String, $kinds: [MemberTimelineKind!]) {\n    customer(id: $id) {\n      id\n      memberTimeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          membershipId\n          at\n          code\n          status\n          amountFen\n          points\n          balanceAfter\n        }\n      }\n    }\n  }\n": typeof types.CrmCustomerMemberTimelineDocument,
    "\n  mutation CrmRegisterCustomer($input: CreateCustomerInput!) {\n    registerCustomer(input: $input) {\n      existing\n      customer {\n        id\n        name\n        phone\n        channel\n        customerClass\n        createdAt\n      }\n    }\n  }\n": typeof types.CrmRegisterCustomerDocument,
    "\n  mutation CrmUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      phone\n      gender\n      channel\n      region\n      birthDate\n      wechatId\n      address\n      tags\n      marketingConsent\n      updatedAt\n      keyAccount {\n        id\n        name\n        kind\n      }\n      referrer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmUpdateCustomerDocument,
    "\n  mutation CrmReclassifyCustomer($input: ReclassifyCustomerInput!) {\n    reclassifyCustomer(input: $input) {\n      id\n      customerClass\n      hiddenNeeds\n      updatedAt\n      classHistory {\n        id\n        fromClass\n        toClass\n        reason\n        changedByName\n        changedAt\n      }\n    }\n  }\n": typeof types.CrmReclassifyCustomerDocument,
    "\n  fragment CustomerImportJob on CustomerImport {\n    id\n    filename\n    dryRun\n    status\n    total\n    processed\n    created\n    updated\n    unchanged\n    failure\n    rowErrors {\n      row\n      field\n      reason\n      value\n      otherRow\n    }\n  }\n": typeof types.CustomerImportJobFragmentDoc,
    "\n  mutation CrmStartCustomerImport($input: StartCustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      ...CustomerImportJob\n    }\n  }\n": typeof types.CrmStartCustomerImportDocument,
    "\n  query CrmCustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportJob\n    }\n  }\n": typeof types.CrmCustomerImportDocument,
    "\n  fragment CustomerMergeSide on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    customerClass\n    hiddenNeeds\n    stage\n    dealCount\n    createdAt\n  }\n": typeof types.CustomerMergeSideFragmentDoc,
    "\n  query CrmCustomerMergeSide($id: ID!) {\n    customer(id: $id) {\n      ...CustomerMergeSide\n    }\n  }\n": typeof types.CrmCustomerMergeSideDocument,
    "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n      survivorId\n      mergedId\n    }\n  }\n": typeof types.CrmMergeCustomersDocument,
    "\n  query CrmCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": typeof types.CrmCustomerNameDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    stage\n    customerClass\n    tags\n    dealCount\n    keyAccount {\n      id\n      name\n    }\n    createdAt\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query CrmCustomers($search: String, $filter: CustomerFilter, $first: Int!, $after: String) {\n    customers(search: $search, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CustomerRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmCustomersDocument,
    "\n  fragment CrmFollowUpRule on FollowUpRule {\n    id\n    name\n    trigger\n    visitType\n    outcome\n    offsetDays\n    type\n    channel\n    departmentCode\n    assignTo\n    active\n  }\n": typeof types.CrmFollowUpRuleFragmentDoc,
    "\n  query CrmFollowUpRules {\n    followUpRules {\n      ...CrmFollowUpRule\n    }\n  }\n": typeof types.CrmFollowUpRulesDocument,
    "\n  mutation CrmSaveFollowUpRule($input: FollowUpRuleInput!) {\n    saveFollowUpRule(input: $input) {\n      ...CrmFollowUpRule\n    }\n  }\n": typeof types.CrmSaveFollowUpRuleDocument,
    "\n  fragment CrmFollowUpTask on FollowUpTask {\n    id\n    customerId\n    consultationId\n    visitId\n    type\n    channel\n    dueDate\n    assigneeId\n    assignee {\n      name\n    }\n    departmentCode\n    status\n    overdue\n    result\n    satisfaction\n    completedAt\n    createdAt\n    viewerActions\n  }\n": typeof types.CrmFollowUpTaskFragmentDoc,
    "\n  query CrmMyFollowUpsToday {\n    myFollowUpsToday {\n      ...CrmFollowUpTask\n    }\n  }\n": typeof types.CrmMyFollowUpsTodayDocument,
    "\n  query CrmOverdueFollowUps($departmentCode: String) {\n    overdueFollowUps(departmentCode: $departmentCode) {\n      ...CrmFollowUpTask\n    }\n  }\n": typeof types.CrmOverdueFollowUpsDocument,
    "\n  query CrmCustomerFollowUps($customerId: ID!, $status: FollowUpStatus) {\n    customer(id: $customerId) {\n      id\n      followUps(status: $status, first: 100) {\n        nodes {\n          ...CrmFollowUpTask\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.CrmCustomerFollowUpsDocument,
    "\n  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": typeof types.CrmCompleteFollowUpDocument,
    "\n  mutation CrmReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": typeof types.CrmReassignFollowUpDocument,
    "\n  mutation CrmCreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": typeof types.CrmCreateFollowUpDocument,
    "\n  query CrmFollowUpOwnerCandidates($search: String!) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CrmFollowUpOwnerCandidatesDocument,
    "\n  fragment KeyAccountRow on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    score\n    riskScore\n    riskLevel\n    createdAt\n    contacts {\n      name\n      title\n      phone\n    }\n    riskAssessments {\n      id\n      warningRaised\n      level\n      previousLevel\n      assessedAt\n    }\n  }\n": typeof types.KeyAccountRowFragmentDoc,
    "\n  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {\n    keyAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        ...KeyAccountRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmKeyAccountsDocument,
    "\n  query CrmKeyAccountOptions($search: String, $first: Int!) {\n    keyAccounts(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CrmKeyAccountOptionsDocument,
    "\n  fragment KeyAccountDetail on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    servicePlan {\n      visitProcess\n      expertTeam\n      discountPolicy\n      valueAddedServices\n    }\n    contacts {\n      name\n      title\n      phone\n    }\n    score\n    riskScore\n    riskLevel\n    createdAt\n    scores {\n      id\n      demandVolume\n      spendingPower\n      influence\n      cooperationPotential\n      total\n      scoredOn\n      scoredBy\n      createdAt\n    }\n    riskAssessments {\n      id\n      financialStatus\n      operatingStability\n      cooperationHistory\n      score\n      level\n      previousLevel\n      warningRaised\n      note\n      assessedBy\n      assessedAt\n    }\n    meetings {\n      id\n      kind\n      heldAt\n      attendees\n      summary\n      recordedBy\n    }\n    analysis {\n      customers\n      visits\n      deals\n      spendFen\n      satisfaction\n      diseaseTypes {\n        diseaseType\n        count\n      }\n    }\n  }\n": typeof types.KeyAccountDetailFragmentDoc,
    "\n  query CrmKeyAccount($id: ID!) {\n    keyAccount(id: $id) {\n      ...KeyAccountDetail\n    }\n  }\n": typeof types.CrmKeyAccountDocument,
    "\n  query CrmKeyAccountRoster($id: ID!, $first: Int!, $after: String) {\n    keyAccount(id: $id) {\n      id\n      customers(first: $first, after: $after) {\n        nodes {\n          ...CustomerRow\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.CrmKeyAccountRosterDocument,
    "\n  mutation CrmCreateKeyAccount($input: KeyAccountInput!, $idempotencyKey: String) {\n    createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": typeof types.CrmCreateKeyAccountDocument,
    "\n  mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {\n    updateKeyAccount(id: $id, input: $input) {\n      ...KeyAccountDetail\n    }\n  }\n": typeof types.CrmUpdateKeyAccountDocument,
    "\n  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {\n    scoreKeyAccount(input: $input) {\n      id\n      total\n    }\n  }\n": typeof types.CrmScoreKeyAccountDocument,
    "\n  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {\n    assessKeyAccountRisk(input: $input) {\n      id\n      score\n      level\n      warningRaised\n    }\n  }\n": typeof types.CrmAssessKeyAccountRiskDocument,
    "\n  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {\n    recordKeyAccountMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CrmRecordKeyAccountMeetingDocument,
    "\n  mutation CrmLinkCustomerToKeyAccount($customerId: ID!, $keyAccountId: ID) {\n    linkCustomerToKeyAccount(customerId: $customerId, keyAccountId: $keyAccountId) {\n      id\n      keyAccount {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CrmLinkCustomerToKeyAccountDocument,
    "\n  fragment CrmMessageTemplate on MessageTemplate {\n    id\n    code\n    kind\n    channel\n    title\n    body\n    holidayDate\n    active\n    createdAt\n  }\n": typeof types.CrmMessageTemplateFragmentDoc,
    "\n  query CrmMessageTemplates {\n    messageTemplates {\n      ...CrmMessageTemplate\n    }\n  }\n": typeof types.CrmMessageTemplatesDocument,
    "\n  mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n": typeof types.CrmCreateMessageTemplateDocument,
    "\n  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n": typeof types.CrmUpdateMessageTemplateDocument,
    "\n  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {\n    all: customers(filter: $segment, first: 1) {\n      totalCount\n    }\n    consenting: customers(filter: $consenting, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CrmSegmentCountsDocument,
    "\n  fragment CrmMessageSend on MessageSend {\n    id\n    templateId\n    scheduledAt\n    status\n    sent\n    skippedNoConsent\n    createdBy\n    createdAt\n  }\n": typeof types.CrmMessageSendFragmentDoc,
    "\n  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      ...CrmMessageSend\n    }\n  }\n": typeof types.CrmScheduleMessageDocument,
    "\n  query CrmMessageSend($id: ID!) {\n    messageSend(id: $id) {\n      ...CrmMessageSend\n    }\n  }\n": typeof types.CrmMessageSendDocument,
    "\n  fragment CrmMessageDelivery on MessageDelivery {\n    id\n    sendId\n    templateId\n    customerId\n    channel\n    body\n    status\n    provider\n    providerMessageId\n    error\n    createdAt\n    deliveredAt\n    attempts\n    nextAttemptAt\n    receipt\n    receiptError\n  }\n": typeof types.CrmMessageDeliveryFragmentDoc,
    "\n  query CrmMessagingProviders {\n    messagingProviders {\n      sms\n      wechat\n    }\n  }\n": typeof types.CrmMessagingProvidersDocument,
    "\n  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {\n    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CrmMessageDelivery\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmMessageDeliveriesDocument,
    "\n  fragment CrmReminderRule on ReminderRule {\n    departmentCode\n    enabled\n    daysBefore\n    sendAt\n    templateId\n    channel\n    quietStart\n    quietEnd\n    updatedAt\n  }\n": typeof types.CrmReminderRuleFragmentDoc,
    "\n  query CrmReminderRules {\n    reminderRules {\n      ...CrmReminderRule\n    }\n  }\n": typeof types.CrmReminderRulesDocument,
    "\n  mutation CrmSetReminderRule($input: SetReminderRuleInput!) {\n    setReminderRule(input: $input) {\n      ...CrmReminderRule\n    }\n  }\n": typeof types.CrmSetReminderRuleDocument,
    "\n  fragment CrmPersonalDataRequest on PersonalDataRequest {\n    id\n    kind\n    status\n    reason\n    proposedBy\n    proposedByName\n    proposedAt\n    decidedBy\n    decidedByName\n    decidedAt\n    customer {\n      id\n      name\n    }\n  }\n": typeof types.CrmPersonalDataRequestFragmentDoc,
    "\n  query CrmPersonalDataRequests($first: Int!, $after: String) {\n    personalDataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPersonalDataRequest\n      }\n    }\n  }\n": typeof types.CrmPersonalDataRequestsDocument,
    "\n  mutation CrmProposePersonalDataRequest($input: ProposePersonalDataRequestInput!) {\n    proposePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n": typeof types.CrmProposePersonalDataRequestDocument,
    "\n  mutation CrmDecidePersonalDataRequest($input: DecidePersonalDataRequestInput!) {\n    decidePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n": typeof types.CrmDecidePersonalDataRequestDocument,
    "\n  query CrmPersonalDataExport($requestId: ID!) {\n    personalDataExport(requestId: $requestId) {\n      id\n      customerId\n      generatedAt\n      crm {\n        service\n        table\n        rows\n      }\n      members {\n        service\n        table\n        rows\n      }\n      analytics {\n        service\n        table\n        rows\n      }\n      audit {\n        service\n        table\n        rows\n      }\n    }\n  }\n": typeof types.CrmPersonalDataExportDocument,
    "\n  fragment CrmPendingRemedy on Remedy {\n    id\n    kind\n    status\n    awaiting\n    viewerActions\n    points\n    receiptNumbers\n    joinedAt\n    proposedBy\n    proposedAt\n    proposedByStaff {\n      id\n      name\n    }\n    approvedAt\n    approvedByStaff {\n      id\n      name\n    }\n    financeApprovedAt\n    financeApprovedByStaff {\n      id\n      name\n    }\n    complaintText\n    complaint {\n      id\n      category\n      receivedAt\n    }\n  }\n": typeof types.CrmPendingRemedyFragmentDoc,
    "\n  query CrmPendingRemedies($step: RemedyStep!, $kind: RemedyKind, $first: Int!, $after: String) {\n    pendingRemedies(step: $step, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPendingRemedy\n      }\n    }\n  }\n": typeof types.CrmPendingRemediesDocument,
    "\n  mutation CrmApproveRemedy($remedyId: ID!) {\n    approveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": typeof types.CrmApproveRemedyDocument,
    "\n  mutation CrmFinanceApproveRemedy($remedyId: ID!) {\n    financeApproveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": typeof types.CrmFinanceApproveRemedyDocument,
    "\n  mutation CrmCheckRemedyRecord($remedyId: ID!) {\n    checkRemedyRecord(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": typeof types.CrmCheckRemedyRecordDocument,
    "\n  fragment CrmVisit on Visit {\n    id\n    customerId\n    appointmentId\n    walkIn\n    phoneConverted\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    designatedDoctor\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    arrivedAt\n    registeredBy\n    registeredByStaff {\n      id\n      name\n    }\n    dealt\n    dealAmountFen\n    receiptNumber\n    items\n    dealRecordedBy\n    dealRecordedByStaff {\n      id\n      name\n    }\n    dealRecordedAt\n  }\n": typeof types.CrmVisitFragmentDoc,
    "\n  query CrmVisits($first: Int!, $after: String) {\n    visits(first: $first, after: $after) {\n      nodes {\n        ...CrmVisit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CrmVisitsDocument,
    "\n  mutation CrmRegisterVisit($input: RegisterVisitInput!) {\n    registerVisit(input: $input) {\n      ...CrmVisit\n    }\n  }\n": typeof types.CrmRegisterVisitDocument,
    "\n  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {\n    recordVisitOutcome(input: $input) {\n      ...CrmVisit\n    }\n  }\n": typeof types.CrmRecordVisitOutcomeDocument,
    "\n  query CrmVisitCustomerMembership($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      membership {\n        id\n      }\n    }\n  }\n": typeof types.CrmVisitCustomerMembershipDocument,
};
const documents: Documents = {
    "\n  fragment CrmAppointment on Appointment {\n    id\n    customerId\n    consultationId\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    slotStart\n    status\n    phoneConverted\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    bookedBy\n    bookedByStaff {\n      id\n      name\n    }\n    createdAt\n    cancelledAt\n    viewerActions\n    confirmation {\n      state\n      source\n      remindedAt\n      answeredAt\n    }\n  }\n": types.CrmAppointmentFragmentDoc,
    "\n  query CrmAppointments($day: LocalDate, $from: LocalDate, $to: LocalDate, $doctorId: ID, $first: Int!, $after: String) {\n    appointments(day: $day, from: $from, to: $to, doctorId: $doctorId, first: $first, after: $after) {\n      nodes {\n        ...CrmAppointment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmAppointmentsDocument,
    "\n  mutation CrmBookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...CrmAppointment\n    }\n  }\n": types.CrmBookAppointmentDocument,
    "\n  mutation CrmCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": types.CrmCancelAppointmentDocument,
    "\n  mutation CrmMarkAppointmentNoShow($id: ID!) {\n    markAppointmentNoShow(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": types.CrmMarkAppointmentNoShowDocument,
    "\n  mutation CrmConfirmAppointment($id: ID!) {\n    confirmAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n": types.CrmConfirmAppointmentDocument,
    "\n  query CrmDutyRoster($day: LocalDate!) {\n    dutyRoster(day: $day) {\n      day\n      consultantIds\n      consultants {\n        id\n        name\n      }\n      nextIndex\n      updatedAt\n    }\n  }\n": types.CrmDutyRosterDocument,
    "\n  mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {\n    setDutyRoster(input: $input) {\n      day\n      consultantIds\n      nextIndex\n      updatedAt\n    }\n  }\n": types.CrmSetDutyRosterDocument,
    "\n  query CrmDepartmentStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        position\n        active\n      }\n    }\n  }\n": types.CrmDepartmentStaffDocument,
    "\n  query CrmDoctors($departmentCode: String, $first: Int!, $after: String) {\n    doctors(departmentCode: $departmentCode, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        departmentCode\n        specialities\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CrmDoctorsDocument,
    "\n  query CrmClinicalDepartments {\n    departments {\n      code\n      clinical\n    }\n  }\n": types.CrmClinicalDepartmentsDocument,
    "\n  query CrmDoctorFreeSlots($doctorId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    doctorFreeSlots(doctorId: $doctorId, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n": types.CrmDoctorFreeSlotsDocument,
    "\n  query CrmDoctorsFreeSlots($doctorIds: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n    doctorsFreeSlots(doctorIds: $doctorIds, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n": types.CrmDoctorsFreeSlotsDocument,
    "\n  query CrmDoctorSchedule($doctorId: ID!) {\n    doctorSchedule(doctorId: $doctorId) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n      updatedByStaff {\n        id\n        name\n      }\n    }\n  }\n": types.CrmDoctorScheduleDocument,
    "\n  mutation CrmSetDoctorSchedule($input: SetDoctorScheduleInput!) {\n    setDoctorSchedule(input: $input) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n    }\n  }\n": types.CrmSetDoctorScheduleDocument,
    "\n  query CrmHospitalDepartments {\n    departments {\n      code\n    }\n  }\n": types.CrmHospitalDepartmentsDocument,
    "\n  query CrmStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n": types.CrmStaffNameDocument,
    "\n  query CrmColleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n": types.CrmColleaguesDocument,
    "\n  fragment CrmComplaint on Complaint {\n    id\n    kind\n    customerId\n    channel\n    category\n    severity\n    description\n    approvalText\n    departmentCode\n    status\n    viewerActions\n    onsiteAttempts\n    emergency\n    resolutionKind\n    resolution\n    amountFen\n    satisfaction\n    responsibleDepartment\n    penalty\n    announced\n    receivedAt\n    closedAt\n    stageEnteredAt\n    timeLimitMinutes\n    dueAt\n    owner\n    overdue\n    overdueAt\n    overdueCount\n    escalatedTo\n    escalatedAt\n    steps {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      note\n      at\n    }\n  }\n": types.CrmComplaintFragmentDoc,
    "\n  query CrmComplaints($status: ComplaintStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {\n    complaints(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {\n      nodes {\n        ...CrmComplaint\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmComplaintsDocument,
    "\n  query CrmComplaint($id: ID!) {\n    complaint(id: $id) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmComplaintDocument,
    "\n  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {\n    advanceComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmAdvanceComplaintDocument,
    "\n  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {\n    proposeComplaintResolution(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmProposeComplaintResolutionDocument,
    "\n  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {\n    approveComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmApproveComplaintResolutionDocument,
    "\n  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {\n    rejectComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmRejectComplaintResolutionDocument,
    "\n  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {\n    confirmComplaintRefund(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmConfirmComplaintRefundDocument,
    "\n  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {\n    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmEscalateComplaintEmergencyDocument,
    "\n  mutation CrmCloseComplaint($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmCloseComplaintDocument,
    "\n  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {\n    recordComplaintResponsibility(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmRecordComplaintResponsibilityDocument,
    "\n  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {\n    receiveComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n": types.CrmReceiveComplaintDocument,
    "\n  query CrmComplaintTimeLimits {\n    complaintTimeLimits {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n": types.CrmComplaintTimeLimitsDocument,
    "\n  mutation CrmUpdateComplaintTimeLimits($limits: [ComplaintTimeLimitInput!]!) {\n    updateComplaintTimeLimits(limits: $limits) {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n": types.CrmUpdateComplaintTimeLimitsDocument,
    "\n  query CrmWeeklyOpinionReport($weekOf: LocalDate!) {\n    weeklyOpinionReport(weekOf: $weekOf) {\n      weekOf\n      from\n      to\n      total\n      complaints\n      suggestions\n      emergencies\n      overdue\n      overdueInWeek\n      byCategory {\n        key\n        count\n      }\n      bySeverity {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n": types.CrmWeeklyOpinionReportDocument,
    "\n  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {\n    registerConsultation(input: $input) {\n      id\n      customerId\n      phone\n      name\n      outcome\n      consultedAt\n    }\n  }\n": types.CrmRegisterConsultationDocument,
    "\n  query CrmCustomerByPhone($search: String!) {\n    customers(search: $search, first: 3) {\n      nodes {\n        id\n        name\n        phone\n        customerClass\n        stage\n      }\n      totalCount\n    }\n  }\n": types.CrmCustomerByPhoneDocument,
    "\n  fragment Customer360 on Customer {\n    id\n    viewerActions\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    stage\n    dealCount\n    customerClass\n    hiddenNeeds\n    consultantId\n    createdAt\n    updatedAt\n    keyAccount {\n      id\n      name\n      kind\n    }\n    referrer {\n      id\n      name\n    }\n    classHistory {\n      id\n      fromClass\n      toClass\n      reason\n      changedByName\n      changedAt\n    }\n    membership {\n      id\n      cardNumber\n      tier\n      status\n      pointsBalance\n    }\n  }\n": types.Customer360FragmentDoc,
    "\n  query CrmCustomer360($id: ID!) {\n    customer(id: $id) {\n      ...Customer360\n    }\n  }\n": types.CrmCustomer360Document,
    "\n  fragment CustomerConsultationItem on Consultation {\n    id\n    channel\n    consultedAt\n    outcome\n    noIntentionReason\n    visitIntention\n    concern\n    departmentCode\n    notes\n  }\n": types.CustomerConsultationItemFragmentDoc,
    "\n  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {\n    consultations(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerConsultationItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmCustomerConsultationsDocument,
    "\n  fragment CustomerVisitItem on Visit {\n    id\n    type\n    departmentCode\n    walkIn\n    arrivedAt\n    dealt\n    items\n    dealAmountFen\n  }\n": types.CustomerVisitItemFragmentDoc,
    "\n  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {\n    visits(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerVisitItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmCustomerVisitsDocument,
    "\n  query CrmCustomerTimeline($id: ID!, $first: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        visibleKinds\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          at\n          code\n          status\n          departmentCode\n          amountFen\n          visitId\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CrmCustomerTimelineDocument,
    "\n  query CrmCustomerMemberTimeline($id: ID!, $first: Int!, $after: String, $kinds: [MemberTimelineKind!]) {\n    customer(id: $id) {\n      id\n      memberTimeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          membershipId\n          at\n          code\n          status\n          amountFen\n          points\n          balanceAfter\n        }\n      }\n    }\n  }\n": types.CrmCustomerMemberTimelineDocument,
    "\n  mutation CrmRegisterCustomer($input: CreateCustomerInput!) {\n    registerCustomer(input: $input) {\n      existing\n      customer {\n        id\n        name\n        phone\n        channel\n        customerClass\n        createdAt\n      }\n    }\n  }\n": types.CrmRegisterCustomerDocument,
    "\n  mutation CrmUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      phone\n      gender\n      channel\n      region\n      birthDate\n      wechatId\n      address\n      tags\n      marketingConsent\n      updatedAt\n      keyAccount {\n        id\n        name\n        kind\n      }\n      referrer {\n        id\n        name\n      }\n    }\n  }\n": types.CrmUpdateCustomerDocument,
    "\n  mutation CrmReclassifyCustomer($input: ReclassifyCustomerInput!) {\n    reclassifyCustomer(input: $input) {\n      id\n      customerClass\n      hiddenNeeds\n      updatedAt\n      classHistory {\n        id\n        fromClass\n        toClass\n        reason\n        changedByName\n        changedAt\n      }\n    }\n  }\n": types.CrmReclassifyCustomerDocument,
    "\n  fragment CustomerImportJob on CustomerImport {\n    id\n    filename\n    dryRun\n    status\n    total\n    processed\n    created\n    updated\n    unchanged\n    failure\n    rowErrors {\n      row\n      field\n      reason\n      value\n      otherRow\n    }\n  }\n": types.CustomerImportJobFragmentDoc,
    "\n  mutation CrmStartCustomerImport($input: StartCustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      ...CustomerImportJob\n    }\n  }\n": types.CrmStartCustomerImportDocument,
    "\n  query CrmCustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportJob\n    }\n  }\n": types.CrmCustomerImportDocument,
    "\n  fragment CustomerMergeSide on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    customerClass\n    hiddenNeeds\n    stage\n    dealCount\n    createdAt\n  }\n": types.CustomerMergeSideFragmentDoc,
    "\n  query CrmCustomerMergeSide($id: ID!) {\n    customer(id: $id) {\n      ...CustomerMergeSide\n    }\n  }\n": types.CrmCustomerMergeSideDocument,
    "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n      survivorId\n      mergedId\n    }\n  }\n": types.CrmMergeCustomersDocument,
    "\n  query CrmCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n": types.CrmCustomerNameDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    stage\n    customerClass\n    tags\n    dealCount\n    keyAccount {\n      id\n      name\n    }\n    createdAt\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query CrmCustomers($search: String, $filter: CustomerFilter, $first: Int!, $after: String) {\n    customers(search: $search, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CustomerRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmCustomersDocument,
    "\n  fragment CrmFollowUpRule on FollowUpRule {\n    id\n    name\n    trigger\n    visitType\n    outcome\n    offsetDays\n    type\n    channel\n    departmentCode\n    assignTo\n    active\n  }\n": types.CrmFollowUpRuleFragmentDoc,
    "\n  query CrmFollowUpRules {\n    followUpRules {\n      ...CrmFollowUpRule\n    }\n  }\n": types.CrmFollowUpRulesDocument,
    "\n  mutation CrmSaveFollowUpRule($input: FollowUpRuleInput!) {\n    saveFollowUpRule(input: $input) {\n      ...CrmFollowUpRule\n    }\n  }\n": types.CrmSaveFollowUpRuleDocument,
    "\n  fragment CrmFollowUpTask on FollowUpTask {\n    id\n    customerId\n    consultationId\n    visitId\n    type\n    channel\n    dueDate\n    assigneeId\n    assignee {\n      name\n    }\n    departmentCode\n    status\n    overdue\n    result\n    satisfaction\n    completedAt\n    createdAt\n    viewerActions\n  }\n": types.CrmFollowUpTaskFragmentDoc,
    "\n  query CrmMyFollowUpsToday {\n    myFollowUpsToday {\n      ...CrmFollowUpTask\n    }\n  }\n": types.CrmMyFollowUpsTodayDocument,
    "\n  query CrmOverdueFollowUps($departmentCode: String) {\n    overdueFollowUps(departmentCode: $departmentCode) {\n      ...CrmFollowUpTask\n    }\n  }\n": types.CrmOverdueFollowUpsDocument,
    "\n  query CrmCustomerFollowUps($customerId: ID!, $status: FollowUpStatus) {\n    customer(id: $customerId) {\n      id\n      followUps(status: $status, first: 100) {\n        nodes {\n          ...CrmFollowUpTask\n        }\n        totalCount\n      }\n    }\n  }\n": types.CrmCustomerFollowUpsDocument,
    "\n  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": types.CrmCompleteFollowUpDocument,
    "\n  mutation CrmReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": types.CrmReassignFollowUpDocument,
    "\n  mutation CrmCreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n": types.CrmCreateFollowUpDocument,
    "\n  query CrmFollowUpOwnerCandidates($search: String!) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CrmFollowUpOwnerCandidatesDocument,
    "\n  fragment KeyAccountRow on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    score\n    riskScore\n    riskLevel\n    createdAt\n    contacts {\n      name\n      title\n      phone\n    }\n    riskAssessments {\n      id\n      warningRaised\n      level\n      previousLevel\n      assessedAt\n    }\n  }\n": types.KeyAccountRowFragmentDoc,
    "\n  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {\n    keyAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        ...KeyAccountRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmKeyAccountsDocument,
    "\n  query CrmKeyAccountOptions($search: String, $first: Int!) {\n    keyAccounts(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CrmKeyAccountOptionsDocument,
    "\n  fragment KeyAccountDetail on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    servicePlan {\n      visitProcess\n      expertTeam\n      discountPolicy\n      valueAddedServices\n    }\n    contacts {\n      name\n      title\n      phone\n    }\n    score\n    riskScore\n    riskLevel\n    createdAt\n    scores {\n      id\n      demandVolume\n      spendingPower\n      influence\n      cooperationPotential\n      total\n      scoredOn\n      scoredBy\n      createdAt\n    }\n    riskAssessments {\n      id\n      financialStatus\n      operatingStability\n      cooperationHistory\n      score\n      level\n      previousLevel\n      warningRaised\n      note\n      assessedBy\n      assessedAt\n    }\n    meetings {\n      id\n      kind\n      heldAt\n      attendees\n      summary\n      recordedBy\n    }\n    analysis {\n      customers\n      visits\n      deals\n      spendFen\n      satisfaction\n      diseaseTypes {\n        diseaseType\n        count\n      }\n    }\n  }\n": types.KeyAccountDetailFragmentDoc,
    "\n  query CrmKeyAccount($id: ID!) {\n    keyAccount(id: $id) {\n      ...KeyAccountDetail\n    }\n  }\n": types.CrmKeyAccountDocument,
    "\n  query CrmKeyAccountRoster($id: ID!, $first: Int!, $after: String) {\n    keyAccount(id: $id) {\n      id\n      customers(first: $first, after: $after) {\n        nodes {\n          ...CustomerRow\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.CrmKeyAccountRosterDocument,
    "\n  mutation CrmCreateKeyAccount($input: KeyAccountInput!, $idempotencyKey: String) {\n    createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": types.CrmCreateKeyAccountDocument,
    "\n  mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {\n    updateKeyAccount(id: $id, input: $input) {\n      ...KeyAccountDetail\n    }\n  }\n": types.CrmUpdateKeyAccountDocument,
    "\n  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {\n    scoreKeyAccount(input: $input) {\n      id\n      total\n    }\n  }\n": types.CrmScoreKeyAccountDocument,
    "\n  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {\n    assessKeyAccountRisk(input: $input) {\n      id\n      score\n      level\n      warningRaised\n    }\n  }\n": types.CrmAssessKeyAccountRiskDocument,
    "\n  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {\n    recordKeyAccountMeeting(input: $input) {\n      id\n    }\n  }\n": types.CrmRecordKeyAccountMeetingDocument,
    "\n  mutation CrmLinkCustomerToKeyAccount($customerId: ID!, $keyAccountId: ID) {\n    linkCustomerToKeyAccount(customerId: $customerId, keyAccountId: $keyAccountId) {\n      id\n      keyAccount {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CrmLinkCustomerToKeyAccountDocument,
    "\n  fragment CrmMessageTemplate on MessageTemplate {\n    id\n    code\n    kind\n    channel\n    title\n    body\n    holidayDate\n    active\n    createdAt\n  }\n": types.CrmMessageTemplateFragmentDoc,
    "\n  query CrmMessageTemplates {\n    messageTemplates {\n      ...CrmMessageTemplate\n    }\n  }\n": types.CrmMessageTemplatesDocument,
    "\n  mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n": types.CrmCreateMessageTemplateDocument,
    "\n  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n": types.CrmUpdateMessageTemplateDocument,
    "\n  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {\n    all: customers(filter: $segment, first: 1) {\n      totalCount\n    }\n    consenting: customers(filter: $consenting, first: 1) {\n      totalCount\n    }\n  }\n": types.CrmSegmentCountsDocument,
    "\n  fragment CrmMessageSend on MessageSend {\n    id\n    templateId\n    scheduledAt\n    status\n    sent\n    skippedNoConsent\n    createdBy\n    createdAt\n  }\n": types.CrmMessageSendFragmentDoc,
    "\n  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      ...CrmMessageSend\n    }\n  }\n": types.CrmScheduleMessageDocument,
    "\n  query CrmMessageSend($id: ID!) {\n    messageSend(id: $id) {\n      ...CrmMessageSend\n    }\n  }\n": types.CrmMessageSendDocument,
    "\n  fragment CrmMessageDelivery on MessageDelivery {\n    id\n    sendId\n    templateId\n    customerId\n    channel\n    body\n    status\n    provider\n    providerMessageId\n    error\n    createdAt\n    deliveredAt\n    attempts\n    nextAttemptAt\n    receipt\n    receiptError\n  }\n": types.CrmMessageDeliveryFragmentDoc,
    "\n  query CrmMessagingProviders {\n    messagingProviders {\n      sms\n      wechat\n    }\n  }\n": types.CrmMessagingProvidersDocument,
    "\n  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {\n    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CrmMessageDelivery\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmMessageDeliveriesDocument,
    "\n  fragment CrmReminderRule on ReminderRule {\n    departmentCode\n    enabled\n    daysBefore\n    sendAt\n    templateId\n    channel\n    quietStart\n    quietEnd\n    updatedAt\n  }\n": types.CrmReminderRuleFragmentDoc,
    "\n  query CrmReminderRules {\n    reminderRules {\n      ...CrmReminderRule\n    }\n  }\n": types.CrmReminderRulesDocument,
    "\n  mutation CrmSetReminderRule($input: SetReminderRuleInput!) {\n    setReminderRule(input: $input) {\n      ...CrmReminderRule\n    }\n  }\n": types.CrmSetReminderRuleDocument,
    "\n  fragment CrmPersonalDataRequest on PersonalDataRequest {\n    id\n    kind\n    status\n    reason\n    proposedBy\n    proposedByName\n    proposedAt\n    decidedBy\n    decidedByName\n    decidedAt\n    customer {\n      id\n      name\n    }\n  }\n": types.CrmPersonalDataRequestFragmentDoc,
    "\n  query CrmPersonalDataRequests($first: Int!, $after: String) {\n    personalDataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPersonalDataRequest\n      }\n    }\n  }\n": types.CrmPersonalDataRequestsDocument,
    "\n  mutation CrmProposePersonalDataRequest($input: ProposePersonalDataRequestInput!) {\n    proposePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n": types.CrmProposePersonalDataRequestDocument,
    "\n  mutation CrmDecidePersonalDataRequest($input: DecidePersonalDataRequestInput!) {\n    decidePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n": types.CrmDecidePersonalDataRequestDocument,
    "\n  query CrmPersonalDataExport($requestId: ID!) {\n    personalDataExport(requestId: $requestId) {\n      id\n      customerId\n      generatedAt\n      crm {\n        service\n        table\n        rows\n      }\n      members {\n        service\n        table\n        rows\n      }\n      analytics {\n        service\n        table\n        rows\n      }\n      audit {\n        service\n        table\n        rows\n      }\n    }\n  }\n": types.CrmPersonalDataExportDocument,
    "\n  fragment CrmPendingRemedy on Remedy {\n    id\n    kind\n    status\n    awaiting\n    viewerActions\n    points\n    receiptNumbers\n    joinedAt\n    proposedBy\n    proposedAt\n    proposedByStaff {\n      id\n      name\n    }\n    approvedAt\n    approvedByStaff {\n      id\n      name\n    }\n    financeApprovedAt\n    financeApprovedByStaff {\n      id\n      name\n    }\n    complaintText\n    complaint {\n      id\n      category\n      receivedAt\n    }\n  }\n": types.CrmPendingRemedyFragmentDoc,
    "\n  query CrmPendingRemedies($step: RemedyStep!, $kind: RemedyKind, $first: Int!, $after: String) {\n    pendingRemedies(step: $step, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPendingRemedy\n      }\n    }\n  }\n": types.CrmPendingRemediesDocument,
    "\n  mutation CrmApproveRemedy($remedyId: ID!) {\n    approveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": types.CrmApproveRemedyDocument,
    "\n  mutation CrmFinanceApproveRemedy($remedyId: ID!) {\n    financeApproveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": types.CrmFinanceApproveRemedyDocument,
    "\n  mutation CrmCheckRemedyRecord($remedyId: ID!) {\n    checkRemedyRecord(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n": types.CrmCheckRemedyRecordDocument,
    "\n  fragment CrmVisit on Visit {\n    id\n    customerId\n    appointmentId\n    walkIn\n    phoneConverted\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    designatedDoctor\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    arrivedAt\n    registeredBy\n    registeredByStaff {\n      id\n      name\n    }\n    dealt\n    dealAmountFen\n    receiptNumber\n    items\n    dealRecordedBy\n    dealRecordedByStaff {\n      id\n      name\n    }\n    dealRecordedAt\n  }\n": types.CrmVisitFragmentDoc,
    "\n  query CrmVisits($first: Int!, $after: String) {\n    visits(first: $first, after: $after) {\n      nodes {\n        ...CrmVisit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CrmVisitsDocument,
    "\n  mutation CrmRegisterVisit($input: RegisterVisitInput!) {\n    registerVisit(input: $input) {\n      ...CrmVisit\n    }\n  }\n": types.CrmRegisterVisitDocument,
    "\n  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {\n    recordVisitOutcome(input: $input) {\n      ...CrmVisit\n    }\n  }\n": types.CrmRecordVisitOutcomeDocument,
    "\n  query CrmVisitCustomerMembership($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      membership {\n        id\n      }\n    }\n  }\n": types.CrmVisitCustomerMembershipDocument,
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
export function graphql(source: "\n  fragment CrmAppointment on Appointment {\n    id\n    customerId\n    consultationId\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    slotStart\n    status\n    phoneConverted\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    bookedBy\n    bookedByStaff {\n      id\n      name\n    }\n    createdAt\n    cancelledAt\n    viewerActions\n    confirmation {\n      state\n      source\n      remindedAt\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  fragment CrmAppointment on Appointment {\n    id\n    customerId\n    consultationId\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    slotStart\n    status\n    phoneConverted\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    bookedBy\n    bookedByStaff {\n      id\n      name\n    }\n    createdAt\n    cancelledAt\n    viewerActions\n    confirmation {\n      state\n      source\n      remindedAt\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmAppointments($day: LocalDate, $from: LocalDate, $to: LocalDate, $doctorId: ID, $first: Int!, $after: String) {\n    appointments(day: $day, from: $from, to: $to, doctorId: $doctorId, first: $first, after: $after) {\n      nodes {\n        ...CrmAppointment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmAppointments($day: LocalDate, $from: LocalDate, $to: LocalDate, $doctorId: ID, $first: Int!, $after: String) {\n    appointments(day: $day, from: $from, to: $to, doctorId: $doctorId, first: $first, after: $after) {\n      nodes {\n        ...CrmAppointment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmBookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...CrmAppointment\n    }\n  }\n"): (typeof documents)["\n  mutation CrmBookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...CrmAppointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMarkAppointmentNoShow($id: ID!) {\n    markAppointmentNoShow(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMarkAppointmentNoShow($id: ID!) {\n    markAppointmentNoShow(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmConfirmAppointment($id: ID!) {\n    confirmAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"): (typeof documents)["\n  mutation CrmConfirmAppointment($id: ID!) {\n    confirmAppointment(id: $id) {\n      ...CrmAppointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDutyRoster($day: LocalDate!) {\n    dutyRoster(day: $day) {\n      day\n      consultantIds\n      consultants {\n        id\n        name\n      }\n      nextIndex\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CrmDutyRoster($day: LocalDate!) {\n    dutyRoster(day: $day) {\n      day\n      consultantIds\n      consultants {\n        id\n        name\n      }\n      nextIndex\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {\n    setDutyRoster(input: $input) {\n      day\n      consultantIds\n      nextIndex\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {\n    setDutyRoster(input: $input) {\n      day\n      consultantIds\n      nextIndex\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDepartmentStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        position\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmDepartmentStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        position\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDoctors($departmentCode: String, $first: Int!, $after: String) {\n    doctors(departmentCode: $departmentCode, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        departmentCode\n        specialities\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmDoctors($departmentCode: String, $first: Int!, $after: String) {\n    doctors(departmentCode: $departmentCode, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        departmentCode\n        specialities\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmClinicalDepartments {\n    departments {\n      code\n      clinical\n    }\n  }\n"): (typeof documents)["\n  query CrmClinicalDepartments {\n    departments {\n      code\n      clinical\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDoctorFreeSlots($doctorId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    doctorFreeSlots(doctorId: $doctorId, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n"): (typeof documents)["\n  query CrmDoctorFreeSlots($doctorId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    doctorFreeSlots(doctorId: $doctorId, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDoctorsFreeSlots($doctorIds: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n    doctorsFreeSlots(doctorIds: $doctorIds, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n"): (typeof documents)["\n  query CrmDoctorsFreeSlots($doctorIds: [ID!]!, $from: LocalDate!, $to: LocalDate!) {\n    doctorsFreeSlots(doctorIds: $doctorIds, from: $from, to: $to) {\n      doctorId\n      slotMinutes\n      slots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmDoctorSchedule($doctorId: ID!) {\n    doctorSchedule(doctorId: $doctorId) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n      updatedByStaff {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmDoctorSchedule($doctorId: ID!) {\n    doctorSchedule(doctorId: $doctorId) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n      updatedByStaff {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetDoctorSchedule($input: SetDoctorScheduleInput!) {\n    setDoctorSchedule(input: $input) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetDoctorSchedule($input: SetDoctorScheduleInput!) {\n    setDoctorSchedule(input: $input) {\n      doctorId\n      departmentCode\n      slotMinutes\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        day\n        start\n        end\n        note\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmHospitalDepartments {\n    departments {\n      code\n    }\n  }\n"): (typeof documents)["\n  query CrmHospitalDepartments {\n    departments {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n"): (typeof documents)["\n  query CrmStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmColleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmColleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmComplaint on Complaint {\n    id\n    kind\n    customerId\n    channel\n    category\n    severity\n    description\n    approvalText\n    departmentCode\n    status\n    viewerActions\n    onsiteAttempts\n    emergency\n    resolutionKind\n    resolution\n    amountFen\n    satisfaction\n    responsibleDepartment\n    penalty\n    announced\n    receivedAt\n    closedAt\n    stageEnteredAt\n    timeLimitMinutes\n    dueAt\n    owner\n    overdue\n    overdueAt\n    overdueCount\n    escalatedTo\n    escalatedAt\n    steps {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      note\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CrmComplaint on Complaint {\n    id\n    kind\n    customerId\n    channel\n    category\n    severity\n    description\n    approvalText\n    departmentCode\n    status\n    viewerActions\n    onsiteAttempts\n    emergency\n    resolutionKind\n    resolution\n    amountFen\n    satisfaction\n    responsibleDepartment\n    penalty\n    announced\n    receivedAt\n    closedAt\n    stageEnteredAt\n    timeLimitMinutes\n    dueAt\n    owner\n    overdue\n    overdueAt\n    overdueCount\n    escalatedTo\n    escalatedAt\n    steps {\n      id\n      action\n      fromStatus\n      toStatus\n      actorName\n      note\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmComplaints($status: ComplaintStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {\n    complaints(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {\n      nodes {\n        ...CrmComplaint\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmComplaints($status: ComplaintStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {\n    complaints(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {\n      nodes {\n        ...CrmComplaint\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmComplaint($id: ID!) {\n    complaint(id: $id) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  query CrmComplaint($id: ID!) {\n    complaint(id: $id) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {\n    advanceComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {\n    advanceComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {\n    proposeComplaintResolution(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {\n    proposeComplaintResolution(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {\n    approveComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {\n    approveComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {\n    rejectComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {\n    rejectComplaintResolution(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {\n    confirmComplaintRefund(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {\n    confirmComplaintRefund(complaintId: $complaintId, note: $note) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {\n    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {\n    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCloseComplaint($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCloseComplaint($input: CloseComplaintInput!) {\n    closeComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {\n    recordComplaintResponsibility(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {\n    recordComplaintResponsibility(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {\n    receiveComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"): (typeof documents)["\n  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {\n    receiveComplaint(input: $input) {\n      ...CrmComplaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmComplaintTimeLimits {\n    complaintTimeLimits {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query CrmComplaintTimeLimits {\n    complaintTimeLimits {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateComplaintTimeLimits($limits: [ComplaintTimeLimitInput!]!) {\n    updateComplaintTimeLimits(limits: $limits) {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateComplaintTimeLimits($limits: [ComplaintTimeLimitInput!]!) {\n    updateComplaintTimeLimits(limits: $limits) {\n      stage\n      severity\n      limitMinutes\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmWeeklyOpinionReport($weekOf: LocalDate!) {\n    weeklyOpinionReport(weekOf: $weekOf) {\n      weekOf\n      from\n      to\n      total\n      complaints\n      suggestions\n      emergencies\n      overdue\n      overdueInWeek\n      byCategory {\n        key\n        count\n      }\n      bySeverity {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmWeeklyOpinionReport($weekOf: LocalDate!) {\n    weeklyOpinionReport(weekOf: $weekOf) {\n      weekOf\n      from\n      to\n      total\n      complaints\n      suggestions\n      emergencies\n      overdue\n      overdueInWeek\n      byCategory {\n        key\n        count\n      }\n      bySeverity {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {\n    registerConsultation(input: $input) {\n      id\n      customerId\n      phone\n      name\n      outcome\n      consultedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {\n    registerConsultation(input: $input) {\n      id\n      customerId\n      phone\n      name\n      outcome\n      consultedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerByPhone($search: String!) {\n    customers(search: $search, first: 3) {\n      nodes {\n        id\n        name\n        phone\n        customerClass\n        stage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerByPhone($search: String!) {\n    customers(search: $search, first: 3) {\n      nodes {\n        id\n        name\n        phone\n        customerClass\n        stage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Customer360 on Customer {\n    id\n    viewerActions\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    stage\n    dealCount\n    customerClass\n    hiddenNeeds\n    consultantId\n    createdAt\n    updatedAt\n    keyAccount {\n      id\n      name\n      kind\n    }\n    referrer {\n      id\n      name\n    }\n    classHistory {\n      id\n      fromClass\n      toClass\n      reason\n      changedByName\n      changedAt\n    }\n    membership {\n      id\n      cardNumber\n      tier\n      status\n      pointsBalance\n    }\n  }\n"): (typeof documents)["\n  fragment Customer360 on Customer {\n    id\n    viewerActions\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    stage\n    dealCount\n    customerClass\n    hiddenNeeds\n    consultantId\n    createdAt\n    updatedAt\n    keyAccount {\n      id\n      name\n      kind\n    }\n    referrer {\n      id\n      name\n    }\n    classHistory {\n      id\n      fromClass\n      toClass\n      reason\n      changedByName\n      changedAt\n    }\n    membership {\n      id\n      cardNumber\n      tier\n      status\n      pointsBalance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomer360($id: ID!) {\n    customer(id: $id) {\n      ...Customer360\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomer360($id: ID!) {\n    customer(id: $id) {\n      ...Customer360\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerConsultationItem on Consultation {\n    id\n    channel\n    consultedAt\n    outcome\n    noIntentionReason\n    visitIntention\n    concern\n    departmentCode\n    notes\n  }\n"): (typeof documents)["\n  fragment CustomerConsultationItem on Consultation {\n    id\n    channel\n    consultedAt\n    outcome\n    noIntentionReason\n    visitIntention\n    concern\n    departmentCode\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {\n    consultations(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerConsultationItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {\n    consultations(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerConsultationItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerVisitItem on Visit {\n    id\n    type\n    departmentCode\n    walkIn\n    arrivedAt\n    dealt\n    items\n    dealAmountFen\n  }\n"): (typeof documents)["\n  fragment CustomerVisitItem on Visit {\n    id\n    type\n    departmentCode\n    walkIn\n    arrivedAt\n    dealt\n    items\n    dealAmountFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {\n    visits(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerVisitItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {\n    visits(customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CustomerVisitItem\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerTimeline($id: ID!, $first: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        visibleKinds\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          at\n          code\n          status\n          departmentCode\n          amountFen\n          visitId\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerTimeline($id: ID!, $first: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        visibleKinds\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          at\n          code\n          status\n          departmentCode\n          amountFen\n          visitId\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerMemberTimeline($id: ID!, $first: Int!, $after: String, $kinds: [MemberTimelineKind!]) {\n    customer(id: $id) {\n      id\n      memberTimeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          membershipId\n          at\n          code\n          status\n          amountFen\n          points\n          balanceAfter\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerMemberTimeline($id: ID!, $first: Int!, $after: String, $kinds: [MemberTimelineKind!]) {\n    customer(id: $id) {\n      id\n      memberTimeline(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          recordId\n          membershipId\n          at\n          code\n          status\n          amountFen\n          points\n          balanceAfter\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRegisterCustomer($input: CreateCustomerInput!) {\n    registerCustomer(input: $input) {\n      existing\n      customer {\n        id\n        name\n        phone\n        channel\n        customerClass\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRegisterCustomer($input: CreateCustomerInput!) {\n    registerCustomer(input: $input) {\n      existing\n      customer {\n        id\n        name\n        phone\n        channel\n        customerClass\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      phone\n      gender\n      channel\n      region\n      birthDate\n      wechatId\n      address\n      tags\n      marketingConsent\n      updatedAt\n      keyAccount {\n        id\n        name\n        kind\n      }\n      referrer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      phone\n      gender\n      channel\n      region\n      birthDate\n      wechatId\n      address\n      tags\n      marketingConsent\n      updatedAt\n      keyAccount {\n        id\n        name\n        kind\n      }\n      referrer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmReclassifyCustomer($input: ReclassifyCustomerInput!) {\n    reclassifyCustomer(input: $input) {\n      id\n      customerClass\n      hiddenNeeds\n      updatedAt\n      classHistory {\n        id\n        fromClass\n        toClass\n        reason\n        changedByName\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmReclassifyCustomer($input: ReclassifyCustomerInput!) {\n    reclassifyCustomer(input: $input) {\n      id\n      customerClass\n      hiddenNeeds\n      updatedAt\n      classHistory {\n        id\n        fromClass\n        toClass\n        reason\n        changedByName\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerImportJob on CustomerImport {\n    id\n    filename\n    dryRun\n    status\n    total\n    processed\n    created\n    updated\n    unchanged\n    failure\n    rowErrors {\n      row\n      field\n      reason\n      value\n      otherRow\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerImportJob on CustomerImport {\n    id\n    filename\n    dryRun\n    status\n    total\n    processed\n    created\n    updated\n    unchanged\n    failure\n    rowErrors {\n      row\n      field\n      reason\n      value\n      otherRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmStartCustomerImport($input: StartCustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      ...CustomerImportJob\n    }\n  }\n"): (typeof documents)["\n  mutation CrmStartCustomerImport($input: StartCustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      ...CustomerImportJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportJob\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerMergeSide on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    customerClass\n    hiddenNeeds\n    stage\n    dealCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerMergeSide on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    region\n    birthDate\n    wechatId\n    address\n    tags\n    marketingConsent\n    customerClass\n    hiddenNeeds\n    stage\n    dealCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerMergeSide($id: ID!) {\n    customer(id: $id) {\n      ...CustomerMergeSide\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerMergeSide($id: ID!) {\n    customer(id: $id) {\n      ...CustomerMergeSide\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n      survivorId\n      mergedId\n    }\n  }\n"): (typeof documents)["\n  mutation CrmMergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n      survivorId\n      mergedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerName($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    stage\n    customerClass\n    tags\n    dealCount\n    keyAccount {\n      id\n      name\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    name\n    phone\n    gender\n    channel\n    stage\n    customerClass\n    tags\n    dealCount\n    keyAccount {\n      id\n      name\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomers($search: String, $filter: CustomerFilter, $first: Int!, $after: String) {\n    customers(search: $search, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CustomerRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomers($search: String, $filter: CustomerFilter, $first: Int!, $after: String) {\n    customers(search: $search, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CustomerRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmFollowUpRule on FollowUpRule {\n    id\n    name\n    trigger\n    visitType\n    outcome\n    offsetDays\n    type\n    channel\n    departmentCode\n    assignTo\n    active\n  }\n"): (typeof documents)["\n  fragment CrmFollowUpRule on FollowUpRule {\n    id\n    name\n    trigger\n    visitType\n    outcome\n    offsetDays\n    type\n    channel\n    departmentCode\n    assignTo\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmFollowUpRules {\n    followUpRules {\n      ...CrmFollowUpRule\n    }\n  }\n"): (typeof documents)["\n  query CrmFollowUpRules {\n    followUpRules {\n      ...CrmFollowUpRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSaveFollowUpRule($input: FollowUpRuleInput!) {\n    saveFollowUpRule(input: $input) {\n      ...CrmFollowUpRule\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSaveFollowUpRule($input: FollowUpRuleInput!) {\n    saveFollowUpRule(input: $input) {\n      ...CrmFollowUpRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmFollowUpTask on FollowUpTask {\n    id\n    customerId\n    consultationId\n    visitId\n    type\n    channel\n    dueDate\n    assigneeId\n    assignee {\n      name\n    }\n    departmentCode\n    status\n    overdue\n    result\n    satisfaction\n    completedAt\n    createdAt\n    viewerActions\n  }\n"): (typeof documents)["\n  fragment CrmFollowUpTask on FollowUpTask {\n    id\n    customerId\n    consultationId\n    visitId\n    type\n    channel\n    dueDate\n    assigneeId\n    assignee {\n      name\n    }\n    departmentCode\n    status\n    overdue\n    result\n    satisfaction\n    completedAt\n    createdAt\n    viewerActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMyFollowUpsToday {\n    myFollowUpsToday {\n      ...CrmFollowUpTask\n    }\n  }\n"): (typeof documents)["\n  query CrmMyFollowUpsToday {\n    myFollowUpsToday {\n      ...CrmFollowUpTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmOverdueFollowUps($departmentCode: String) {\n    overdueFollowUps(departmentCode: $departmentCode) {\n      ...CrmFollowUpTask\n    }\n  }\n"): (typeof documents)["\n  query CrmOverdueFollowUps($departmentCode: String) {\n    overdueFollowUps(departmentCode: $departmentCode) {\n      ...CrmFollowUpTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCustomerFollowUps($customerId: ID!, $status: FollowUpStatus) {\n    customer(id: $customerId) {\n      id\n      followUps(status: $status, first: 100) {\n        nodes {\n          ...CrmFollowUpTask\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmCustomerFollowUps($customerId: ID!, $status: FollowUpStatus) {\n    customer(id: $customerId) {\n      id\n      followUps(status: $status, first: 100) {\n        nodes {\n          ...CrmFollowUpTask\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"): (typeof documents)["\n  mutation CrmReassignFollowUp($input: ReassignFollowUpInput!) {\n    reassignFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...CrmFollowUpTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmFollowUpOwnerCandidates($search: String!) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmFollowUpOwnerCandidates($search: String!) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyAccountRow on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    score\n    riskScore\n    riskLevel\n    createdAt\n    contacts {\n      name\n      title\n      phone\n    }\n    riskAssessments {\n      id\n      warningRaised\n      level\n      previousLevel\n      assessedAt\n    }\n  }\n"): (typeof documents)["\n  fragment KeyAccountRow on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    score\n    riskScore\n    riskLevel\n    createdAt\n    contacts {\n      name\n      title\n      phone\n    }\n    riskAssessments {\n      id\n      warningRaised\n      level\n      previousLevel\n      assessedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {\n    keyAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        ...KeyAccountRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {\n    keyAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        ...KeyAccountRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmKeyAccountOptions($search: String, $first: Int!) {\n    keyAccounts(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmKeyAccountOptions($search: String, $first: Int!) {\n    keyAccounts(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyAccountDetail on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    servicePlan {\n      visitProcess\n      expertTeam\n      discountPolicy\n      valueAddedServices\n    }\n    contacts {\n      name\n      title\n      phone\n    }\n    score\n    riskScore\n    riskLevel\n    createdAt\n    scores {\n      id\n      demandVolume\n      spendingPower\n      influence\n      cooperationPotential\n      total\n      scoredOn\n      scoredBy\n      createdAt\n    }\n    riskAssessments {\n      id\n      financialStatus\n      operatingStability\n      cooperationHistory\n      score\n      level\n      previousLevel\n      warningRaised\n      note\n      assessedBy\n      assessedAt\n    }\n    meetings {\n      id\n      kind\n      heldAt\n      attendees\n      summary\n      recordedBy\n    }\n    analysis {\n      customers\n      visits\n      deals\n      spendFen\n      satisfaction\n      diseaseTypes {\n        diseaseType\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KeyAccountDetail on KeyAccount {\n    id\n    name\n    kind\n    accountManagerId\n    servicePlan {\n      visitProcess\n      expertTeam\n      discountPolicy\n      valueAddedServices\n    }\n    contacts {\n      name\n      title\n      phone\n    }\n    score\n    riskScore\n    riskLevel\n    createdAt\n    scores {\n      id\n      demandVolume\n      spendingPower\n      influence\n      cooperationPotential\n      total\n      scoredOn\n      scoredBy\n      createdAt\n    }\n    riskAssessments {\n      id\n      financialStatus\n      operatingStability\n      cooperationHistory\n      score\n      level\n      previousLevel\n      warningRaised\n      note\n      assessedBy\n      assessedAt\n    }\n    meetings {\n      id\n      kind\n      heldAt\n      attendees\n      summary\n      recordedBy\n    }\n    analysis {\n      customers\n      visits\n      deals\n      spendFen\n      satisfaction\n      diseaseTypes {\n        diseaseType\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmKeyAccount($id: ID!) {\n    keyAccount(id: $id) {\n      ...KeyAccountDetail\n    }\n  }\n"): (typeof documents)["\n  query CrmKeyAccount($id: ID!) {\n    keyAccount(id: $id) {\n      ...KeyAccountDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmKeyAccountRoster($id: ID!, $first: Int!, $after: String) {\n    keyAccount(id: $id) {\n      id\n      customers(first: $first, after: $after) {\n        nodes {\n          ...CustomerRow\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmKeyAccountRoster($id: ID!, $first: Int!, $after: String) {\n    keyAccount(id: $id) {\n      id\n      customers(first: $first, after: $after) {\n        nodes {\n          ...CustomerRow\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateKeyAccount($input: KeyAccountInput!, $idempotencyKey: String) {\n    createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateKeyAccount($input: KeyAccountInput!, $idempotencyKey: String) {\n    createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {\n    updateKeyAccount(id: $id, input: $input) {\n      ...KeyAccountDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {\n    updateKeyAccount(id: $id, input: $input) {\n      ...KeyAccountDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {\n    scoreKeyAccount(input: $input) {\n      id\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {\n    scoreKeyAccount(input: $input) {\n      id\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {\n    assessKeyAccountRisk(input: $input) {\n      id\n      score\n      level\n      warningRaised\n    }\n  }\n"): (typeof documents)["\n  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {\n    assessKeyAccountRisk(input: $input) {\n      id\n      score\n      level\n      warningRaised\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {\n    recordKeyAccountMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {\n    recordKeyAccountMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmLinkCustomerToKeyAccount($customerId: ID!, $keyAccountId: ID) {\n    linkCustomerToKeyAccount(customerId: $customerId, keyAccountId: $keyAccountId) {\n      id\n      keyAccount {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrmLinkCustomerToKeyAccount($customerId: ID!, $keyAccountId: ID) {\n    linkCustomerToKeyAccount(customerId: $customerId, keyAccountId: $keyAccountId) {\n      id\n      keyAccount {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmMessageTemplate on MessageTemplate {\n    id\n    code\n    kind\n    channel\n    title\n    body\n    holidayDate\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CrmMessageTemplate on MessageTemplate {\n    id\n    code\n    kind\n    channel\n    title\n    body\n    holidayDate\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMessageTemplates {\n    messageTemplates {\n      ...CrmMessageTemplate\n    }\n  }\n"): (typeof documents)["\n  query CrmMessageTemplates {\n    messageTemplates {\n      ...CrmMessageTemplate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n"): (typeof documents)["\n  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...CrmMessageTemplate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {\n    all: customers(filter: $segment, first: 1) {\n      totalCount\n    }\n    consenting: customers(filter: $consenting, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {\n    all: customers(filter: $segment, first: 1) {\n      totalCount\n    }\n    consenting: customers(filter: $consenting, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmMessageSend on MessageSend {\n    id\n    templateId\n    scheduledAt\n    status\n    sent\n    skippedNoConsent\n    createdBy\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CrmMessageSend on MessageSend {\n    id\n    templateId\n    scheduledAt\n    status\n    sent\n    skippedNoConsent\n    createdBy\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      ...CrmMessageSend\n    }\n  }\n"): (typeof documents)["\n  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      ...CrmMessageSend\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMessageSend($id: ID!) {\n    messageSend(id: $id) {\n      ...CrmMessageSend\n    }\n  }\n"): (typeof documents)["\n  query CrmMessageSend($id: ID!) {\n    messageSend(id: $id) {\n      ...CrmMessageSend\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmMessageDelivery on MessageDelivery {\n    id\n    sendId\n    templateId\n    customerId\n    channel\n    body\n    status\n    provider\n    providerMessageId\n    error\n    createdAt\n    deliveredAt\n    attempts\n    nextAttemptAt\n    receipt\n    receiptError\n  }\n"): (typeof documents)["\n  fragment CrmMessageDelivery on MessageDelivery {\n    id\n    sendId\n    templateId\n    customerId\n    channel\n    body\n    status\n    provider\n    providerMessageId\n    error\n    createdAt\n    deliveredAt\n    attempts\n    nextAttemptAt\n    receipt\n    receiptError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMessagingProviders {\n    messagingProviders {\n      sms\n      wechat\n    }\n  }\n"): (typeof documents)["\n  query CrmMessagingProviders {\n    messagingProviders {\n      sms\n      wechat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {\n    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CrmMessageDelivery\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {\n    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {\n      nodes {\n        ...CrmMessageDelivery\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmReminderRule on ReminderRule {\n    departmentCode\n    enabled\n    daysBefore\n    sendAt\n    templateId\n    channel\n    quietStart\n    quietEnd\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CrmReminderRule on ReminderRule {\n    departmentCode\n    enabled\n    daysBefore\n    sendAt\n    templateId\n    channel\n    quietStart\n    quietEnd\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmReminderRules {\n    reminderRules {\n      ...CrmReminderRule\n    }\n  }\n"): (typeof documents)["\n  query CrmReminderRules {\n    reminderRules {\n      ...CrmReminderRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmSetReminderRule($input: SetReminderRuleInput!) {\n    setReminderRule(input: $input) {\n      ...CrmReminderRule\n    }\n  }\n"): (typeof documents)["\n  mutation CrmSetReminderRule($input: SetReminderRuleInput!) {\n    setReminderRule(input: $input) {\n      ...CrmReminderRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmPersonalDataRequest on PersonalDataRequest {\n    id\n    kind\n    status\n    reason\n    proposedBy\n    proposedByName\n    proposedAt\n    decidedBy\n    decidedByName\n    decidedAt\n    customer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CrmPersonalDataRequest on PersonalDataRequest {\n    id\n    kind\n    status\n    reason\n    proposedBy\n    proposedByName\n    proposedAt\n    decidedBy\n    decidedByName\n    decidedAt\n    customer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmPersonalDataRequests($first: Int!, $after: String) {\n    personalDataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPersonalDataRequest\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmPersonalDataRequests($first: Int!, $after: String) {\n    personalDataRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPersonalDataRequest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmProposePersonalDataRequest($input: ProposePersonalDataRequestInput!) {\n    proposePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n"): (typeof documents)["\n  mutation CrmProposePersonalDataRequest($input: ProposePersonalDataRequestInput!) {\n    proposePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmDecidePersonalDataRequest($input: DecidePersonalDataRequestInput!) {\n    decidePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n"): (typeof documents)["\n  mutation CrmDecidePersonalDataRequest($input: DecidePersonalDataRequestInput!) {\n    decidePersonalDataRequest(input: $input) {\n      ...CrmPersonalDataRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmPersonalDataExport($requestId: ID!) {\n    personalDataExport(requestId: $requestId) {\n      id\n      customerId\n      generatedAt\n      crm {\n        service\n        table\n        rows\n      }\n      members {\n        service\n        table\n        rows\n      }\n      analytics {\n        service\n        table\n        rows\n      }\n      audit {\n        service\n        table\n        rows\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmPersonalDataExport($requestId: ID!) {\n    personalDataExport(requestId: $requestId) {\n      id\n      customerId\n      generatedAt\n      crm {\n        service\n        table\n        rows\n      }\n      members {\n        service\n        table\n        rows\n      }\n      analytics {\n        service\n        table\n        rows\n      }\n      audit {\n        service\n        table\n        rows\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmPendingRemedy on Remedy {\n    id\n    kind\n    status\n    awaiting\n    viewerActions\n    points\n    receiptNumbers\n    joinedAt\n    proposedBy\n    proposedAt\n    proposedByStaff {\n      id\n      name\n    }\n    approvedAt\n    approvedByStaff {\n      id\n      name\n    }\n    financeApprovedAt\n    financeApprovedByStaff {\n      id\n      name\n    }\n    complaintText\n    complaint {\n      id\n      category\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CrmPendingRemedy on Remedy {\n    id\n    kind\n    status\n    awaiting\n    viewerActions\n    points\n    receiptNumbers\n    joinedAt\n    proposedBy\n    proposedAt\n    proposedByStaff {\n      id\n      name\n    }\n    approvedAt\n    approvedByStaff {\n      id\n      name\n    }\n    financeApprovedAt\n    financeApprovedByStaff {\n      id\n      name\n    }\n    complaintText\n    complaint {\n      id\n      category\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmPendingRemedies($step: RemedyStep!, $kind: RemedyKind, $first: Int!, $after: String) {\n    pendingRemedies(step: $step, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPendingRemedy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmPendingRemedies($step: RemedyStep!, $kind: RemedyKind, $first: Int!, $after: String) {\n    pendingRemedies(step: $step, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CrmPendingRemedy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmApproveRemedy($remedyId: ID!) {\n    approveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmApproveRemedy($remedyId: ID!) {\n    approveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmFinanceApproveRemedy($remedyId: ID!) {\n    financeApproveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmFinanceApproveRemedy($remedyId: ID!) {\n    financeApproveRemedy(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmCheckRemedyRecord($remedyId: ID!) {\n    checkRemedyRecord(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CrmCheckRemedyRecord($remedyId: ID!) {\n    checkRemedyRecord(remedyId: $remedyId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmVisit on Visit {\n    id\n    customerId\n    appointmentId\n    walkIn\n    phoneConverted\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    designatedDoctor\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    arrivedAt\n    registeredBy\n    registeredByStaff {\n      id\n      name\n    }\n    dealt\n    dealAmountFen\n    receiptNumber\n    items\n    dealRecordedBy\n    dealRecordedByStaff {\n      id\n      name\n    }\n    dealRecordedAt\n  }\n"): (typeof documents)["\n  fragment CrmVisit on Visit {\n    id\n    customerId\n    appointmentId\n    walkIn\n    phoneConverted\n    type\n    departmentCode\n    doctorId\n    doctor {\n      id\n      name\n    }\n    designatedDoctor\n    onsiteConsultantId\n    onsiteConsultant {\n      id\n      name\n    }\n    arrivedAt\n    registeredBy\n    registeredByStaff {\n      id\n      name\n    }\n    dealt\n    dealAmountFen\n    receiptNumber\n    items\n    dealRecordedBy\n    dealRecordedByStaff {\n      id\n      name\n    }\n    dealRecordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmVisits($first: Int!, $after: String) {\n    visits(first: $first, after: $after) {\n      nodes {\n        ...CrmVisit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CrmVisits($first: Int!, $after: String) {\n    visits(first: $first, after: $after) {\n      nodes {\n        ...CrmVisit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRegisterVisit($input: RegisterVisitInput!) {\n    registerVisit(input: $input) {\n      ...CrmVisit\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRegisterVisit($input: RegisterVisitInput!) {\n    registerVisit(input: $input) {\n      ...CrmVisit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {\n    recordVisitOutcome(input: $input) {\n      ...CrmVisit\n    }\n  }\n"): (typeof documents)["\n  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {\n    recordVisitOutcome(input: $input) {\n      ...CrmVisit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmVisitCustomerMembership($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      membership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrmVisitCustomerMembership($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      membership {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;