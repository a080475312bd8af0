/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** a step the caller may take on an appointment now */
export type AppointmentAction =
  /** 取消 (cancelAppointment) */
  | 'CANCEL'
  /** 确认 (confirmAppointment); confirming a confirmed booking again is answered unchanged */
  | 'CONFIRM'
  /** 爽约 (markAppointmentNoShow) */
  | 'NO_SHOW';

/** booked → arrived → dealt | not dealt, or cancelled / no-show */
export type AppointmentStatus =
  | 'ARRIVED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'DEALT'
  | 'NOT_DEALT'
  | 'NO_SHOW';

/** kind of appointment or visit */
export type AppointmentType =
  /** 检查 */
  | 'EXAMINATION'
  /** 专家号 */
  | 'EXPERT'
  /** 上门服务 */
  | 'HOME_CARE'
  /** 体检 */
  | 'PHYSICAL_EXAM'
  /** 复诊 */
  | 'REVISIT'
  /** 治疗 */
  | 'TREATMENT';

/** 预约: a doctor’s time slot for a customer */
export type BookAppointmentInput = {
  /** the consultation it comes from; a phone consultation makes it phone-converted (电转预约) */
  consultationId?: string | null | undefined;
  /** the customer, when registered */
  customerId?: string | null | undefined;
  departmentCode: string;
  doctorId: string;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** start of the slot */
  slotStart: string;
  type: AppointmentType;
};

export type CloseComplaintInput = {
  complaintId: string;
  note?: string | null | undefined;
  /** the customer’s satisfaction 1–5 */
  satisfaction: number;
};

/** a step of the complaint workflow */
export type ComplaintAction =
  | 'CLOSE'
  | 'CONVENE_CONFERENCE'
  | 'DIRECTOR_APPROVE'
  | 'DIRECTOR_REJECT'
  | 'EMERGENCY'
  | 'FINANCE_CONFIRM'
  | 'ONSITE_ATTEMPT_FAILED'
  | 'PROPOSE_RESOLUTION'
  | 'RECORD_RESPONSIBILITY'
  | 'RESOLVE'
  | 'RESOLVE_ONSITE'
  | 'START_ONSITE'
  | 'TIME_LIMIT_ESCALATE';

export type ComplaintCategory =
  /** 收费 */
  | 'BILLING'
  /** 礼品未登记 / 错发 */
  | 'GIFT_ISSUE'
  /** 医疗质量 */
  | 'MEDICAL_QUALITY'
  /** 未主动介绍会员制度 */
  | 'MEMBERSHIP_NOT_INTRODUCED'
  /** 其他 */
  | 'OTHER'
  /** 积分漏积 */
  | 'POINTS_NOT_CREDITED'
  /** 服务态度 */
  | 'SERVICE_ATTITUDE'
  /** 等候时间 */
  | 'WAITING_TIME';

/** 投诉 or 建议 (both go into the weekly opinion report) */
export type ComplaintKind =
  | 'COMPLAINT'
  | 'SUGGESTION';

/** who acts on a complaint at its stage, or whom it was escalated to when the stage ran past its time limit */
export type ComplaintOwner =
  /** 客服经理 customer-service manager (the department admin) */
  | 'CS_MANAGER'
  /** 客服部 customer service */
  | 'CUSTOMER_SERVICE'
  /** 院长 / 运营管理部总监 the director */
  | 'DIRECTOR'
  /** 财务科 finance */
  | 'FINANCE'
  /** 现场咨询 on-site consultant */
  | 'ONSITE';

/** Who was responsible, recorded after closing */
export type ComplaintResponsibilityInput = {
  /** 通报全院 */
  announced?: boolean;
  complaintId: string;
  departmentCode: string;
  penalty?: string | null | undefined;
  staffId?: string | null | undefined;
};

export type ComplaintSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ComplaintStatus =
  /** 已结案 */
  | 'CLOSED'
  /** 会诊中 */
  | 'CONFERENCE'
  /** 院长已批准 (refund / compensation) */
  | 'DIRECTOR_APPROVED'
  /** 已升级至客服 (three on-site attempts failed) */
  | 'ESCALATED'
  /** 财务已确认 */
  | 'FINANCE_CONFIRMED'
  /** 现场处理中 */
  | 'ONSITE'
  /** 已受理 */
  | 'RECEIVED'
  /** 已提出处理方案 */
  | 'RESOLUTION_PROPOSED'
  /** 已解决 */
  | 'RESOLVED';

/** A workflow step without a form of its own */
export type ComplaintStepInput = {
  /** START_ONSITE, ONSITE_ATTEMPT_FAILED, RESOLVE_ONSITE, CONVENE_CONFERENCE or RESOLVE */
  action: ComplaintAction;
  complaintId: string;
  note?: string | null | undefined;
  /** CONVENE_CONFERENCE: consultant, treating doctor, experts, director */
  participants?: Array<string> | null | undefined;
};

/** One time limit: how long a complaint of this severity may wait at this stage */
export type ComplaintTimeLimitInput = {
  /** whole minutes, 1 to 43200 (30 days) */
  limitMinutes: number;
  severity: ComplaintSeverity;
  /** an open stage (RECEIVED … FINANCE_CONFIRMED) */
  stage: ComplaintStatus;
};

/** The result of a follow-up */
export type CompleteFollowUpInput = {
  /** 补录: when the follow-up was done, for one entered late (director and department admins; not in the future, at most 400 days back, not before the task’s source or the customer’s registration). Defaults to now */
  completedAt?: string | null | undefined;
  newNeed?: string | null | undefined;
  newNeedFound?: boolean;
  result: string;
  /** 满意度 1–5 */
  satisfaction?: number | null | undefined;
  taskId: string;
};

export type ConfirmationSource =
  /** the customer answered the reminder (provider callback) */
  | 'CUSTOMER_REPLY'
  /** staff recorded it in the portal (e.g. after a phone call) */
  | 'STAFF';

/** where an appointment stands with its reminder and the customer’s answer */
export type ConfirmationState =
  /** 已确认: the customer confirmed (by reply or to staff) */
  | 'CONFIRMED'
  /** 已取消: the customer cancelled by reply; the appointment was cancelled */
  | 'DECLINED'
  /** 未提醒: no reminder sent (yet) */
  | 'NOT_REMINDED'
  /** 未同意接收消息: the customer has not consented to messages, so none is sent */
  | 'NO_CONSENT'
  /** 已提醒: reminder delivered, no answer yet */
  | 'REMINDED'
  /** 提醒失败: the provider failed on every attempt (or is still being retried) */
  | 'REMINDER_FAILED';

/** 关心内容 */
export type ConsultationConcern =
  /** 消费习惯 */
  | 'CONSUMPTION_HABIT'
  /** 健康问题 */
  | 'HEALTH_QUESTION'
  /** 价格比较 */
  | 'PRICE_COMPARISON';

/** 咨询结果 */
export type ConsultationOutcome =
  /** 已预约 */
  | 'BOOKED'
  /** 待回访 */
  | 'FOLLOW_UP_LATER'
  /** 无意向 (with a reason) */
  | 'NO_INTENTION';

/** A new customer; the phone is normalised and must not belong to anyone yet */
export type CreateCustomerInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  channel: SourceChannel;
  /** assigned consultant (staff id) */
  consultantId?: string | null | undefined;
  customerClass?: CustomerClass | null | undefined;
  gender?: Gender | null | undefined;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** 大客户: the key account (partner organisation) the person belongs to */
  keyAccountId?: string | null | undefined;
  /** consent to marketing messages; default false */
  marketingConsent?: boolean | null | undefined;
  name: string;
  phone: string;
  /** the existing customer who referred this one (老带新); publishes CustomerReferred */
  referrerId?: string | null | undefined;
  region?: string | null | undefined;
  /** when an existing customer first registered (imports); defaults to now, never in the future */
  registeredAt?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  wechatId?: string | null | undefined;
};

/** A hand-made follow-up task */
export type CreateFollowUpInput = {
  /** the owner (staff id); defaults to the caller */
  assigneeId?: string | null | undefined;
  channel?: FollowUpChannel | null | undefined;
  customerId: string;
  /** hospital time */
  dueDate: string;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  type: FollowUpType;
};

/** a change the caller may make to a customer record */
export type CustomerAction =
  /** 编辑 (updateCustomer) */
  | 'EDIT'
  /** 合并 (mergeCustomers, this record as either side) */
  | 'MERGE'
  /** 重新分类 (reclassifyCustomer) */
  | 'RECLASSIFY';

/** A / B / C value classification kept by customer service */
export type CustomerClass =
  | 'A'
  | 'B'
  | 'C';

/** Customer search / segment; every field narrows the set */
export type CustomerFilter = {
  /** only customers who came through this source channel (来源渠道) */
  channel?: SourceChannel | null | undefined;
  /** only the customers of this consultant (a staff id) */
  consultantId?: string | null | undefined;
  /** only customers of this class (客户分类) */
  customerClass?: CustomerClass | null | undefined;
  /** only the people of this key account (a partner sees only its own in any case) */
  keyAccountId?: string | null | undefined;
  /** only customers who gave (true) or refused (false) marketing consent */
  marketingConsent?: boolean | null | undefined;
  /** the last digits of the phone */
  phoneTail?: string | null | undefined;
  /** 延伸客户: the customers this one referred */
  referrerId?: string | null | undefined;
  /** only customers of this region (地区), as registered */
  region?: string | null | undefined;
  /** name fragment (汉字), full pinyin ("zhangsan"), pinyin initials ("zs"), or phone digits */
  search?: string | null | undefined;
  /** only customers at this stage of the journey */
  stage?: CustomerStage | null | undefined;
  /** customers carrying this tag */
  tag?: string | null | undefined;
};

/** lifecycle stage, moved by deals (DealClosed) */
export type CustomerStage =
  /** 现实客户: has dealt */
  | 'ACTUAL'
  /** 忠实客户: repeat dealings (CRM_LOYAL_DEALS deals, default 3) */
  | 'LOYAL'
  /** 潜在客户: consulted, never dealt */
  | 'POTENTIAL';

/** 客户时间线 entry kinds crm owns */
export type CustomerTimelineKind =
  /** 预约: the booked slot */
  | 'APPOINTMENT'
  /** 投诉 / 建议: receivedAt */
  | 'COMPLAINT'
  /** 咨询: consultedAt */
  | 'CONSULTATION'
  /** 成交: the deal’s time */
  | 'DEAL'
  /** 回访: completedAt, else the due day */
  | 'FOLLOW_UP'
  /** 到院: arrivedAt */
  | 'VISIT';

export type DecidePersonalDataRequestInput = {
  /** true approves (an erasure is then carried out), false rejects */
  approve: boolean;
  id: string;
};

/** DELIVERED: accepted by the provider (receipt: whether it reached the phone); THROTTLED: waiting to be retried */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'REJECTED'
  | 'THROTTLED';

/** a step the caller may take on a follow-up now */
export type FollowUpAction =
  /** 记录结果 (completeFollowUp) */
  | 'COMPLETE'
  /** 改派 (reassignFollowUp) */
  | 'REASSIGN';

export type FollowUpAssignment =
  /** VISIT: the on-site consultant who saw the visit (closed the deal); CONSULTATION: the consultant */
  | 'CONSULTANT'
  /** the customer’s assigned specialist (Customer.consultantId) */
  | 'CUSTOMER_SPECIALIST'
  /** unassigned, in the rule’s department queue until someone is assigned */
  | 'DEPARTMENT_QUEUE';

export type FollowUpChannel =
  | 'FACE_TO_FACE'
  | 'PHONE'
  | 'SMS'
  | 'WECHAT';

/** A follow-up rule (rules as data) */
export type FollowUpRuleInput = {
  active?: boolean;
  /** who owns its tasks (default: the department queue) */
  assignTo?: FollowUpAssignment | null | undefined;
  channel?: FollowUpChannel | null | undefined;
  departmentCode?: string | null | undefined;
  /** omit to create a rule */
  id?: string | null | undefined;
  name: string;
  offsetDays: number;
  outcome: string;
  trigger: FollowUpTrigger;
  type: FollowUpType;
  visitType?: AppointmentType | null | undefined;
};

export type FollowUpStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** what a rule reacts to: a visit’s deal outcome, or a consultation’s outcome */
export type FollowUpTrigger =
  | 'CONSULTATION'
  | 'VISIT';

export type FollowUpType =
  /** 出院回访 */
  | 'DISCHARGE'
  /** 次日回访 */
  | 'NEXT_DAY'
  /** 术后回访 */
  | 'POST_TREATMENT'
  /** 复诊提醒 */
  | 'REVISIT_REMINDER'
  /** 满意度回访 */
  | 'SATISFACTION'
  /** 未成交回访 */
  | 'UNCONVERTED';

/** 性别: the customer’s gender as registered */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

export type ImportRowErrorReason =
  | 'BIRTH_DATE_INVALID'
  | 'CHANNEL_INVALID'
  | 'CONSENT_INVALID'
  | 'GENDER_INVALID'
  | 'NAME_INVALID'
  | 'PHONE_INVALID'
  | 'PHONE_REPEATED'
  | 'REGISTERED_AT_INVALID'
  | 'ROW_FAILED'
  | 'TAGS_INVALID';

export type ImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type KeyAccountContactInput = {
  name: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

/** A new key account, or changes to one (omitted fields stay) */
export type KeyAccountInput = {
  /** 客户经理 (staff id) */
  accountManagerId?: string | null | undefined;
  contacts?: Array<KeyAccountContactInput> | null | undefined;
  kind?: KeyAccountKind | null | undefined;
  name?: string | null | undefined;
  servicePlan?: ServicePlanInput | null | undefined;
};

/** 机构 (company, government body, school, insurer) or VIP individual */
export type KeyAccountKind =
  | 'INSTITUTION'
  | 'VIP';

export type KeyAccountMeetingInput = {
  attendees?: string | null | undefined;
  heldAt: string;
  keyAccountId: string;
  kind: MeetingKind;
  summary: string;
};

/** Risk indicators, each 0–100 (higher is riskier) */
export type KeyAccountRiskInput = {
  /** 合作历史 */
  cooperationHistory: number;
  /** 财务状况: arrears, default (credit risk) */
  financialStatus: number;
  keyAccountId: string;
  note?: string | null | undefined;
  /** 经营稳定性 (market, policy risk) */
  operatingStability: number;
};

/** Identification scores, each 0–100, as of a date */
export type KeyAccountScoreInput = {
  cooperationPotential: number;
  demandVolume: number;
  influence: number;
  keyAccountId: string;
  /** default today */
  scoredOn?: string | null | undefined;
  spendingPower: number;
};

export type MeetingKind =
  | 'MONTHLY'
  | 'OTHER'
  | 'QUARTERLY';

/** 客户时间线 entry kinds members owns */
export type MemberTimelineKind =
  /** 消费: occurredAt */
  | 'CONSUMPTION'
  /** 积分流水: the entry’s time */
  | 'POINTS';

/** 会员状态 */
export type MembershipStatus =
  /** 正常 */
  | 'ACTIVE'
  /** 注销 */
  | 'CANCELLED'
  /** 冻结 */
  | 'FROZEN'
  /** 挂失: the card is reported lost */
  | 'LOST';

export type MergeCustomersInput = {
  /** fields whose value is taken from the duplicate, even where the survivor has one (tags are always combined) */
  keepFromMerged?: Array<MergeField> | null | undefined;
  /** the duplicate merged into the survivor and removed */
  mergedId: string;
  reason?: string | null | undefined;
  /** the record that remains */
  survivorId: string;
};

/** a customer profile field a merge may take from the duplicate */
export type MergeField =
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'CHANNEL'
  | 'CONSULTANT'
  | 'CUSTOMER_CLASS'
  | 'GENDER'
  | 'HIDDEN_NEEDS'
  | 'MARKETING_CONSENT'
  | 'NAME'
  | 'PHONE'
  | 'REGION'
  | 'WECHAT_ID';

export type MessageChannel =
  | 'SMS'
  | 'WECHAT';

export type MessageProviderKind =
  | 'ALIYUN_SMS'
  | 'HTTP'
  | 'RECORDING'
  | 'WECOM';

export type MessageTemplateInput = {
  /** text with {{variables}}; {{name}} is the customer’s name */
  body: string;
  channel?: MessageChannel | null | undefined;
  /** stable code, unique */
  code: string;
  /** HOLIDAY: MM-DD */
  holidayDate?: string | null | undefined;
  kind: TemplateKind;
  title: string;
};

export type MessageVariableInput = {
  key: string;
  value: string;
};

export type PersonalDataRequestKind =
  | 'ERASURE'
  | 'EXPORT';

export type PersonalDataRequestStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

export type ProposePersonalDataRequestInput = {
  customerId: string;
  kind: PersonalDataRequestKind;
  /** why, 1 to 500 characters */
  reason: string;
};

/** A proposed resolution; REFUND and COMPENSATION need an amount and both approvals */
export type ProposeResolutionInput = {
  /** refund or compensation in fen: 50000 is ¥500.00 (REFUND and COMPENSATION only, above zero) */
  amountFen?: number | null | undefined;
  complaintId: string;
  kind: ResolutionKind;
  /** REFUND of a whole receipt: its number (a deal of the complaint’s customer, amount equal to the deal); once finance confirms, members reverses its points. Leave out for part of a receipt */
  receiptNumber?: string | null | undefined;
  resolution: string;
};

/** A new owner for an open follow-up */
export type ReassignFollowUpInput = {
  /** the new owner (staff id) */
  assigneeId: string;
  taskId: string;
};

export type ReceiptStatus =
  | 'NOT_RECEIVED'
  | 'RECEIVED';

/** A complaint or suggestion as received */
export type ReceiveComplaintInput = {
  category: ComplaintCategory;
  channel: SourceChannel;
  customerId?: string | null | undefined;
  /** department concerned */
  departmentCode?: string | null | undefined;
  description: string;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  kind?: ComplaintKind;
  /** 补录: when the complaint was received, for one entered late (director and department admins; not in the future, at most 400 days back, not before the customer’s registration). Defaults to now */
  receivedAt?: string | null | undefined;
  severity: ComplaintSeverity;
  /** staff concerned */
  staffId?: string | null | undefined;
};

/** A reclassification A / B / C, with the reason (kept in the history) and the hidden-needs note */
export type ReclassifyCustomerInput = {
  customerClass: CustomerClass;
  customerId: string;
  /** 隐形需求; omitted keeps the current note */
  hiddenNeeds?: string | null | undefined;
  reason: string;
};

/** The outcome of a visit: dealt (with amount and receipt) or not */
export type RecordVisitOutcomeInput = {
  /** deal amount in fen: 128050 is ¥1,280.50 (required when dealt, above zero) */
  amountFen?: number | null | undefined;
  dealt: boolean;
  /** 成交项目 */
  items?: Array<string> | null | undefined;
  /** 补录: when the outcome happened (the deal’s time), for an outcome entered late (director and department admins; not in the future, at most 400 days back, not before the arrival). Defaults to now */
  occurredAt?: string | null | undefined;
  /** receipt number (required when dealt; unique) */
  receiptNumber?: string | null | undefined;
  visitId: string;
};

/** 咨询登记: every field of the consultation form */
export type RegisterConsultationInput = {
  address?: string | null | undefined;
  age?: number | null | undefined;
  channel: SourceChannel;
  /** 关心内容 */
  concern?: ConsultationConcern | null | undefined;
  /** defaults to the caller */
  consultantId?: string | null | undefined;
  /** defaults to now */
  consultedAt?: string | null | undefined;
  /** 病程 */
  diseaseCourse?: string | null | undefined;
  /** 病种 */
  diseaseType?: string | null | undefined;
  gender?: Gender | null | undefined;
  /** 病史 */
  history?: string | null | undefined;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  name?: string | null | undefined;
  /** required for NO_INTENTION */
  noIntentionReason?: string | null | undefined;
  notes?: string | null | undefined;
  outcome: ConsultationOutcome;
  /** 电话; links the consultation to the customer with this phone, now or when registered */
  phone: string;
  region?: string | null | undefined;
  /** 就诊意向 */
  visitIntention?: string | null | undefined;
};

/** 到院登记 (guide): an arrival with its appointment, or a walk-in */
export type RegisterVisitInput = {
  /** the appointment; omit for a walk-in */
  appointmentId?: string | null | undefined;
  /** 补录: when the customer arrived, for an arrival entered late (director and department admins; not in the future, at most 400 days back, not before the customer’s registration or the booking). Defaults to now */
  arrivedAt?: string | null | undefined;
  /** required for a walk-in, or when the appointment has no customer yet */
  customerId?: string | null | undefined;
  /** walk-in: required; booked: defaults to the appointment’s */
  departmentCode?: string | null | undefined;
  /** 指定: the customer asked for this doctor */
  designatedDoctor?: boolean | null | undefined;
  doctorId?: string | null | undefined;
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** walk-in: the on-site consultant receiving them */
  onsiteConsultantId?: string | null | undefined;
  /** walk-in: required; booked: defaults to the appointment’s */
  type?: AppointmentType | null | undefined;
};

/** a step of a remedy’s verification the caller may take */
export type RemedyAction =
  /** 院长批准 (approveRemedy) */
  | 'APPROVE'
  /** 会员中心核实记录 (checkRemedyRecord) */
  | 'CHECK_RECORD'
  /** 财务批准 (financeApproveRemedy) */
  | 'FINANCE_APPROVE';

/** membership remedies, carried out by members (RemedyApproved) */
export type RemedyKind =
  | 'CANCEL_GIFT'
  | 'CREDIT_POINTS'
  | 'RETRO_ENROL';

/** PROPOSED → DIRECTOR_APPROVED → FINANCE_APPROVED → APPROVED (the member centre checked the record; sent to members) */
export type RemedyStatus =
  | 'APPROVED'
  | 'DIRECTOR_APPROVED'
  | 'FINANCE_APPROVED'
  | 'PROPOSED';

/** who verifies a remedy, in order: the director, finance, the member centre */
export type RemedyStep =
  | 'DIRECTOR'
  | 'FINANCE'
  | 'MEMBER_CENTRE';

/** REFUND and COMPENSATION need the director’s approval, then finance’s confirmation */
export type ResolutionKind =
  | 'COMPENSATION'
  | 'EXPLANATION'
  | 'REFUND';

export type RiskLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** a day off (start and end left out) or a day with other hours */
export type ScheduleExceptionInput = {
  day: string;
  /** HH:MM */
  end?: string | null | undefined;
  note?: string | null | undefined;
  /** HH:MM; leave out with end for a day off */
  start?: string | null | undefined;
};

/** A template to a segment, now or at scheduledAt; only customers who consented receive it */
export type ScheduleMessageInput = {
  /** One key per intended create (a UUID the client makes once per submit and sends again on a retry): a repeat with the same input answers the first result; the same key with another input is CONFLICT IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** default now */
  scheduledAt?: string | null | undefined;
  segment?: CustomerFilter | null | undefined;
  templateId: string;
  variables?: Array<MessageVariableInput> | null | undefined;
};

export type SendStatus =
  | 'DONE'
  | 'FAILED'
  | 'SCHEDULED'
  | 'SENDING';

export type ServicePlanInput = {
  discountPolicy?: string | null | undefined;
  expertTeam?: string | null | undefined;
  valueAddedServices?: Array<string> | null | undefined;
  visitProcess?: string | null | undefined;
};

/** 排班 of one doctor; replaces the doctor’s schedule as a whole */
export type SetDoctorScheduleInput = {
  /** the clinical department the doctor is booked in */
  departmentCode: string;
  doctorId: string;
  exceptions?: Array<ScheduleExceptionInput> | null | undefined;
  /** minutes per slot, 5 to 240 */
  slotMinutes: number;
  weekly: Array<WeeklyHoursInput>;
};

/** 值班表 of one day */
export type SetDutyRosterInput = {
  /** on-site consultants on duty, in rotation order */
  consultantIds: Array<string>;
  /** hospital time */
  day: string;
};

/** 预约提醒规则 of one department; replaces the one it has */
export type SetReminderRuleInput = {
  /** default: the template’s channel */
  channel?: MessageChannel | null | undefined;
  /** days before the appointment’s day, 0 to 7 (1 = the day before) */
  daysBefore: number;
  /** the department whose appointments it reminds */
  departmentCode: string;
  /** default true; false stops the department’s reminders */
  enabled?: boolean | null | undefined;
  /** HH:MM: quiet hours end; may be earlier than quietStart (overnight) */
  quietEnd?: string | null | undefined;
  /** HH:MM: quiet hours start (with quietEnd) */
  quietStart?: string | null | undefined;
  /** HH:MM hospital time */
  sendAt: string;
  /** an APPOINTMENT_REMINDER template */
  templateId: string;
};

/** 来院渠道: how the customer first reached the hospital */
export type SourceChannel =
  /** 活动 */
  | 'CAMPAIGN'
  /** 合作单位 */
  | 'PARTNER'
  /** 电话 */
  | 'PHONE'
  /** 老带新 */
  | 'REFERRAL'
  /** 自然到院 */
  | 'WALK_IN'
  /** 网络 */
  | 'WEB'
  /** QQ / 微信 */
  | 'WECHAT';

/** A CSV or XLSX file of customers (first row: column names such as 姓名, 手机号, 性别, 渠道, 区域, 生日, 微信, 地址, 标签, 营销同意) */
export type StartCustomerImportInput = {
  /** the file, base64, at most 5 MB */
  contentBase64: string;
  /** report what would change without changing anything */
  dryRun?: boolean;
  /** ends in .csv or .xlsx */
  filename: string;
};

/** 生日 / 节日 / 活动 / 回访提醒 / 预约提醒 */
export type TemplateKind =
  | 'APPOINTMENT_REMINDER'
  | 'BIRTHDAY'
  | 'CAMPAIGN'
  | 'FOLLOW_UP_REMINDER'
  | 'HOLIDAY';

/** Changes to a customer profile; omitted fields stay as they are, null clears */
export type UpdateCustomerInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  channel?: SourceChannel | null | undefined;
  consultantId?: string | null | undefined;
  gender?: Gender | null | undefined;
  keyAccountId?: string | null | undefined;
  marketingConsent?: boolean | null | undefined;
  name?: string | null | undefined;
  /** normalised; CONFLICT when it belongs to someone else (merge them instead) */
  phone?: string | null | undefined;
  referrerId?: string | null | undefined;
  region?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  wechatId?: string | null | undefined;
};

/** Changes to a template; omitted fields stay */
export type UpdateMessageTemplateInput = {
  /** inactive templates are not sent by the birthday and holiday jobs */
  active?: boolean | null | undefined;
  body?: string | null | undefined;
  /** HOLIDAY: MM-DD */
  holidayDate?: string | null | undefined;
  title?: string | null | undefined;
};

/** working hours of a weekday, hospital time */
export type WeeklyHoursInput = {
  /** HH:MM */
  end: string;
  /** HH:MM */
  start: string;
  /** ISO weekday: 1 Monday … 7 Sunday */
  weekday: number;
};

export type CrmAppointmentFragment = { id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } };

export type CrmAppointmentsQueryVariables = Exact<{
  day?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  doctorId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmAppointmentsQuery = { appointments: { totalCount: number, nodes: Array<{ id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmBookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type CrmBookAppointmentMutation = { bookAppointment: { id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } } };

export type CrmCancelAppointmentMutationVariables = Exact<{
  id: string;
}>;


export type CrmCancelAppointmentMutation = { cancelAppointment: { id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } } };

export type CrmMarkAppointmentNoShowMutationVariables = Exact<{
  id: string;
}>;


export type CrmMarkAppointmentNoShowMutation = { markAppointmentNoShow: { id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } } };

export type CrmConfirmAppointmentMutationVariables = Exact<{
  id: string;
}>;


export type CrmConfirmAppointmentMutation = { confirmAppointment: { id: string, customerId: string | null, consultationId: string | null, type: AppointmentType, departmentCode: string, doctorId: string, slotStart: string, status: AppointmentStatus, phoneConverted: boolean, onsiteConsultantId: string | null, bookedBy: string | null, createdAt: string, cancelledAt: string | null, viewerActions: Array<AppointmentAction>, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, bookedByStaff: { id: string, name: string } | null, confirmation: { state: ConfirmationState, source: ConfirmationSource | null, remindedAt: string | null, answeredAt: string | null } } };

export type CrmDutyRosterQueryVariables = Exact<{
  day: string;
}>;


export type CrmDutyRosterQuery = { dutyRoster: { day: string, consultantIds: Array<string>, nextIndex: number, updatedAt: string, consultants: Array<{ id: string, name: string }> } | null };

export type CrmSetDutyRosterMutationVariables = Exact<{
  input: SetDutyRosterInput;
}>;


export type CrmSetDutyRosterMutation = { setDutyRoster: { day: string, consultantIds: Array<string>, nextIndex: number, updatedAt: string } };

export type CrmDepartmentStaffQueryVariables = Exact<{
  departmentCode: string;
}>;


export type CrmDepartmentStaffQuery = { staffMembers: { nodes: Array<{ id: string, name: string, position: string, active: boolean }> } | null };

export type CrmDoctorsQueryVariables = Exact<{
  departmentCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmDoctorsQuery = { doctors: { totalCount: number, nodes: Array<{ id: string, name: string, departmentCode: string, specialities: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CrmClinicalDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmClinicalDepartmentsQuery = { departments: Array<{ code: string, clinical: boolean }> | null };

export type CrmDoctorFreeSlotsQueryVariables = Exact<{
  doctorId: string;
  from: string;
  to: string;
}>;


export type CrmDoctorFreeSlotsQuery = { doctorFreeSlots: { doctorId: string, slotMinutes: number, slots: Array<string> } };

export type CrmDoctorsFreeSlotsQueryVariables = Exact<{
  doctorIds: Array<string> | string;
  from: string;
  to: string;
}>;


export type CrmDoctorsFreeSlotsQuery = { doctorsFreeSlots: Array<{ doctorId: string, slotMinutes: number, slots: Array<string> }> };

export type CrmDoctorScheduleQueryVariables = Exact<{
  doctorId: string;
}>;


export type CrmDoctorScheduleQuery = { doctorSchedule: { doctorId: string, departmentCode: string, slotMinutes: number, updatedAt: string, weekly: Array<{ weekday: number, start: string, end: string }>, exceptions: Array<{ day: string, start: string | null, end: string | null, note: string | null }>, updatedByStaff: { id: string, name: string } | null } | null };

export type CrmSetDoctorScheduleMutationVariables = Exact<{
  input: SetDoctorScheduleInput;
}>;


export type CrmSetDoctorScheduleMutation = { setDoctorSchedule: { doctorId: string, departmentCode: string, slotMinutes: number, updatedAt: string, weekly: Array<{ weekday: number, start: string, end: string }>, exceptions: Array<{ day: string, start: string | null, end: string | null, note: string | null }> } };

export type CrmHospitalDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmHospitalDepartmentsQuery = { departments: Array<{ code: string }> | null };

export type CrmStaffNameQueryVariables = Exact<{
  id: string;
}>;


export type CrmStaffNameQuery = { staff: { id: string, name: string, departmentCode: string } | null };

export type CrmColleaguesQueryVariables = Exact<{
  search: string;
}>;


export type CrmColleaguesQuery = { colleagues: { nodes: Array<{ id: string, name: string, departmentCode: string }> } | null };

export type CrmComplaintFragment = { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> };

export type CrmComplaintsQueryVariables = Exact<{
  status?: ComplaintStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmComplaintsQuery = { complaints: { totalCount: number, nodes: Array<{ id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmComplaintQueryVariables = Exact<{
  id: string;
}>;


export type CrmComplaintQuery = { complaint: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } | null };

export type CrmAdvanceComplaintMutationVariables = Exact<{
  input: ComplaintStepInput;
}>;


export type CrmAdvanceComplaintMutation = { advanceComplaint: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmProposeComplaintResolutionMutationVariables = Exact<{
  input: ProposeResolutionInput;
}>;


export type CrmProposeComplaintResolutionMutation = { proposeComplaintResolution: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmApproveComplaintResolutionMutationVariables = Exact<{
  complaintId: string;
  note?: string | null | undefined;
}>;


export type CrmApproveComplaintResolutionMutation = { approveComplaintResolution: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmRejectComplaintResolutionMutationVariables = Exact<{
  complaintId: string;
  note?: string | null | undefined;
}>;


export type CrmRejectComplaintResolutionMutation = { rejectComplaintResolution: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmConfirmComplaintRefundMutationVariables = Exact<{
  complaintId: string;
  note?: string | null | undefined;
}>;


export type CrmConfirmComplaintRefundMutation = { confirmComplaintRefund: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmEscalateComplaintEmergencyMutationVariables = Exact<{
  complaintId: string;
  note?: string | null | undefined;
  notifyDepartments: Array<string> | string;
}>;


export type CrmEscalateComplaintEmergencyMutation = { escalateComplaintEmergency: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmCloseComplaintMutationVariables = Exact<{
  input: CloseComplaintInput;
}>;


export type CrmCloseComplaintMutation = { closeComplaint: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmRecordComplaintResponsibilityMutationVariables = Exact<{
  input: ComplaintResponsibilityInput;
}>;


export type CrmRecordComplaintResponsibilityMutation = { recordComplaintResponsibility: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmReceiveComplaintMutationVariables = Exact<{
  input: ReceiveComplaintInput;
}>;


export type CrmReceiveComplaintMutation = { receiveComplaint: { id: string, kind: ComplaintKind, customerId: string | null, channel: SourceChannel, category: ComplaintCategory, severity: ComplaintSeverity, description: string | null, approvalText: string | null, departmentCode: string | null, status: ComplaintStatus, viewerActions: Array<ComplaintAction>, onsiteAttempts: number, emergency: boolean, resolutionKind: ResolutionKind | null, resolution: string | null, amountFen: number | null, satisfaction: number | null, responsibleDepartment: string | null, penalty: string | null, announced: boolean, receivedAt: string, closedAt: string | null, stageEnteredAt: string, timeLimitMinutes: number | null, dueAt: string | null, owner: ComplaintOwner | null, overdue: boolean, overdueAt: string | null, overdueCount: number, escalatedTo: ComplaintOwner | null, escalatedAt: string | null, steps: Array<{ id: string, action: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, actorName: string | null, note: string | null, at: string }> } };

export type CrmComplaintTimeLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmComplaintTimeLimitsQuery = { complaintTimeLimits: Array<{ stage: ComplaintStatus, severity: ComplaintSeverity, limitMinutes: number, updatedAt: string }> | null };

export type CrmUpdateComplaintTimeLimitsMutationVariables = Exact<{
  limits: Array<ComplaintTimeLimitInput> | ComplaintTimeLimitInput;
}>;


export type CrmUpdateComplaintTimeLimitsMutation = { updateComplaintTimeLimits: Array<{ stage: ComplaintStatus, severity: ComplaintSeverity, limitMinutes: number, updatedAt: string }> };

export type CrmWeeklyOpinionReportQueryVariables = Exact<{
  weekOf: string;
}>;


export type CrmWeeklyOpinionReportQuery = { weeklyOpinionReport: { weekOf: string, from: string, to: string, total: number, complaints: number, suggestions: number, emergencies: number, overdue: number, overdueInWeek: number, byCategory: Array<{ key: string, count: number }>, bySeverity: Array<{ key: string, count: number }>, byDepartment: Array<{ key: string, count: number }>, byStatus: Array<{ key: string, count: number }> } };

export type CrmRegisterConsultationMutationVariables = Exact<{
  input: RegisterConsultationInput;
}>;


export type CrmRegisterConsultationMutation = { registerConsultation: { id: string, customerId: string | null, phone: string, name: string | null, outcome: ConsultationOutcome, consultedAt: string } };

export type CrmCustomerByPhoneQueryVariables = Exact<{
  search: string;
}>;


export type CrmCustomerByPhoneQuery = { customers: { totalCount: number, nodes: Array<{ id: string, name: string, phone: string, customerClass: CustomerClass | null, stage: CustomerStage }> } | null };

export type Customer360Fragment = { id: string, viewerActions: Array<CustomerAction>, name: string, phone: string, gender: Gender, channel: SourceChannel, region: string | null, birthDate: string | null, wechatId: string | null, address: string | null, tags: Array<string>, marketingConsent: boolean, stage: CustomerStage, dealCount: number, customerClass: CustomerClass | null, hiddenNeeds: string | null, consultantId: string | null, createdAt: string, updatedAt: string | null, keyAccount: { id: string, name: string, kind: KeyAccountKind } | null, referrer: { id: string, name: string } | null, classHistory: Array<{ id: string, fromClass: CustomerClass | null, toClass: CustomerClass, reason: string, changedByName: string | null, changedAt: string }>, membership: { id: string, cardNumber: string, tier: string, status: MembershipStatus, pointsBalance: number } | null };

export type CrmCustomer360QueryVariables = Exact<{
  id: string;
}>;


export type CrmCustomer360Query = { customer: { id: string, viewerActions: Array<CustomerAction>, name: string, phone: string, gender: Gender, channel: SourceChannel, region: string | null, birthDate: string | null, wechatId: string | null, address: string | null, tags: Array<string>, marketingConsent: boolean, stage: CustomerStage, dealCount: number, customerClass: CustomerClass | null, hiddenNeeds: string | null, consultantId: string | null, createdAt: string, updatedAt: string | null, keyAccount: { id: string, name: string, kind: KeyAccountKind } | null, referrer: { id: string, name: string } | null, classHistory: Array<{ id: string, fromClass: CustomerClass | null, toClass: CustomerClass, reason: string, changedByName: string | null, changedAt: string }>, membership: { id: string, cardNumber: string, tier: string, status: MembershipStatus, pointsBalance: number } | null } | null };

export type CustomerConsultationItemFragment = { id: string, channel: SourceChannel, consultedAt: string, outcome: ConsultationOutcome, noIntentionReason: string | null, visitIntention: string | null, concern: ConsultationConcern | null, departmentCode: string | null, notes: string | null };

export type CrmCustomerConsultationsQueryVariables = Exact<{
  customerId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmCustomerConsultationsQuery = { consultations: { totalCount: number, nodes: Array<{ id: string, channel: SourceChannel, consultedAt: string, outcome: ConsultationOutcome, noIntentionReason: string | null, visitIntention: string | null, concern: ConsultationConcern | null, departmentCode: string | null, notes: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CustomerVisitItemFragment = { id: string, type: AppointmentType, departmentCode: string, walkIn: boolean, arrivedAt: string, dealt: boolean | null, items: Array<string>, dealAmountFen: number | null };

export type CrmCustomerVisitsQueryVariables = Exact<{
  customerId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmCustomerVisitsQuery = { visits: { totalCount: number, nodes: Array<{ id: string, type: AppointmentType, departmentCode: string, walkIn: boolean, arrivedAt: string, dealt: boolean | null, items: Array<string>, dealAmountFen: number | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmCustomerTimelineQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  kinds?: Array<CustomerTimelineKind> | CustomerTimelineKind | null | undefined;
}>;


export type CrmCustomerTimelineQuery = { customer: { id: string, timeline: { totalCount: number, visibleKinds: Array<CustomerTimelineKind>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: CustomerTimelineKind, recordId: string, at: string, code: string | null, status: string | null, departmentCode: string | null, amountFen: number | null, visitId: string | null, staff: { id: string, name: string } | null }> } | null } | null };

export type CrmCustomerMemberTimelineQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  kinds?: Array<MemberTimelineKind> | MemberTimelineKind | null | undefined;
}>;


export type CrmCustomerMemberTimelineQuery = { customer: { id: string, memberTimeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: MemberTimelineKind, recordId: string, membershipId: string | null, at: string, code: string, status: string | null, amountFen: number | null, points: number, balanceAfter: number | null }> } | null } | null };

export type CrmRegisterCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CrmRegisterCustomerMutation = { registerCustomer: { existing: boolean, customer: { id: string, name: string, phone: string, channel: SourceChannel, customerClass: CustomerClass | null, createdAt: string } } };

export type CrmUpdateCustomerMutationVariables = Exact<{
  id: string;
  input: UpdateCustomerInput;
}>;


export type CrmUpdateCustomerMutation = { updateCustomer: { id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, region: string | null, birthDate: string | null, wechatId: string | null, address: string | null, tags: Array<string>, marketingConsent: boolean, updatedAt: string | null, keyAccount: { id: string, name: string, kind: KeyAccountKind } | null, referrer: { id: string, name: string } | null } };

export type CrmReclassifyCustomerMutationVariables = Exact<{
  input: ReclassifyCustomerInput;
}>;


export type CrmReclassifyCustomerMutation = { reclassifyCustomer: { id: string, customerClass: CustomerClass | null, hiddenNeeds: string | null, updatedAt: string | null, classHistory: Array<{ id: string, fromClass: CustomerClass | null, toClass: CustomerClass, reason: string, changedByName: string | null, changedAt: string }> } };

export type CustomerImportJobFragment = { id: string, filename: string, dryRun: boolean, status: ImportStatus, total: number, processed: number, created: number, updated: number, unchanged: number, failure: string | null, rowErrors: Array<{ row: number, field: string | null, reason: ImportRowErrorReason | null, value: string | null, otherRow: number | null }> };

export type CrmStartCustomerImportMutationVariables = Exact<{
  input: StartCustomerImportInput;
}>;


export type CrmStartCustomerImportMutation = { startCustomerImport: { id: string, filename: string, dryRun: boolean, status: ImportStatus, total: number, processed: number, created: number, updated: number, unchanged: number, failure: string | null, rowErrors: Array<{ row: number, field: string | null, reason: ImportRowErrorReason | null, value: string | null, otherRow: number | null }> } };

export type CrmCustomerImportQueryVariables = Exact<{
  id: string;
}>;


export type CrmCustomerImportQuery = { customerImport: { id: string, filename: string, dryRun: boolean, status: ImportStatus, total: number, processed: number, created: number, updated: number, unchanged: number, failure: string | null, rowErrors: Array<{ row: number, field: string | null, reason: ImportRowErrorReason | null, value: string | null, otherRow: number | null }> } | null };

export type CustomerMergeSideFragment = { id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, region: string | null, birthDate: string | null, wechatId: string | null, address: string | null, tags: Array<string>, marketingConsent: boolean, customerClass: CustomerClass | null, hiddenNeeds: string | null, stage: CustomerStage, dealCount: number, createdAt: string };

export type CrmCustomerMergeSideQueryVariables = Exact<{
  id: string;
}>;


export type CrmCustomerMergeSideQuery = { customer: { id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, region: string | null, birthDate: string | null, wechatId: string | null, address: string | null, tags: Array<string>, marketingConsent: boolean, customerClass: CustomerClass | null, hiddenNeeds: string | null, stage: CustomerStage, dealCount: number, createdAt: string } | null };

export type CrmMergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type CrmMergeCustomersMutation = { mergeCustomers: { id: string, survivorId: string, mergedId: string } };

export type CrmCustomerNameQueryVariables = Exact<{
  id: string;
}>;


export type CrmCustomerNameQuery = { customer: { id: string, name: string, phone: string } | null };

export type CustomerRowFragment = { id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, stage: CustomerStage, customerClass: CustomerClass | null, tags: Array<string>, dealCount: number, createdAt: string, keyAccount: { id: string, name: string } | null };

export type CrmCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmCustomersQuery = { customers: { totalCount: number, nodes: Array<{ id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, stage: CustomerStage, customerClass: CustomerClass | null, tags: Array<string>, dealCount: number, createdAt: string, keyAccount: { id: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmFollowUpRuleFragment = { id: string, name: string, trigger: FollowUpTrigger, visitType: AppointmentType | null, outcome: string, offsetDays: number, type: FollowUpType, channel: FollowUpChannel, departmentCode: string, assignTo: FollowUpAssignment, active: boolean };

export type CrmFollowUpRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmFollowUpRulesQuery = { followUpRules: Array<{ id: string, name: string, trigger: FollowUpTrigger, visitType: AppointmentType | null, outcome: string, offsetDays: number, type: FollowUpType, channel: FollowUpChannel, departmentCode: string, assignTo: FollowUpAssignment, active: boolean }> | null };

export type CrmSaveFollowUpRuleMutationVariables = Exact<{
  input: FollowUpRuleInput;
}>;


export type CrmSaveFollowUpRuleMutation = { saveFollowUpRule: { id: string, name: string, trigger: FollowUpTrigger, visitType: AppointmentType | null, outcome: string, offsetDays: number, type: FollowUpType, channel: FollowUpChannel, departmentCode: string, assignTo: FollowUpAssignment, active: boolean } };

export type CrmFollowUpTaskFragment = { id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null };

export type CrmMyFollowUpsTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmMyFollowUpsTodayQuery = { myFollowUpsToday: Array<{ id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null }> | null };

export type CrmOverdueFollowUpsQueryVariables = Exact<{
  departmentCode?: string | null | undefined;
}>;


export type CrmOverdueFollowUpsQuery = { overdueFollowUps: Array<{ id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null }> | null };

export type CrmCustomerFollowUpsQueryVariables = Exact<{
  customerId: string;
  status?: FollowUpStatus | null | undefined;
}>;


export type CrmCustomerFollowUpsQuery = { customer: { id: string, followUps: { totalCount: number, nodes: Array<{ id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null }> } | null } | null };

export type CrmCompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type CrmCompleteFollowUpMutation = { completeFollowUp: { id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null } };

export type CrmReassignFollowUpMutationVariables = Exact<{
  input: ReassignFollowUpInput;
}>;


export type CrmReassignFollowUpMutation = { reassignFollowUp: { id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null } };

export type CrmCreateFollowUpMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;


export type CrmCreateFollowUpMutation = { createFollowUp: { id: string, customerId: string | null, consultationId: string | null, visitId: string | null, type: FollowUpType, channel: FollowUpChannel, dueDate: string, assigneeId: string | null, departmentCode: string, status: FollowUpStatus, overdue: boolean, result: string | null, satisfaction: number | null, completedAt: string | null, createdAt: string, viewerActions: Array<FollowUpAction>, assignee: { name: string } | null } };

export type CrmFollowUpOwnerCandidatesQueryVariables = Exact<{
  search: string;
}>;


export type CrmFollowUpOwnerCandidatesQuery = { staffMembers: { nodes: Array<{ id: string, name: string }> } | null };

export type KeyAccountRowFragment = { id: string, name: string, kind: KeyAccountKind, accountManagerId: string | null, score: number | null, riskScore: number | null, riskLevel: RiskLevel | null, createdAt: string, contacts: Array<{ name: string, title: string | null, phone: string | null }>, riskAssessments: Array<{ id: string, warningRaised: boolean, level: RiskLevel, previousLevel: RiskLevel | null, assessedAt: string }> };

export type CrmKeyAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmKeyAccountsQuery = { keyAccounts: { totalCount: number, nodes: Array<{ id: string, name: string, kind: KeyAccountKind, accountManagerId: string | null, score: number | null, riskScore: number | null, riskLevel: RiskLevel | null, createdAt: string, contacts: Array<{ name: string, title: string | null, phone: string | null }>, riskAssessments: Array<{ id: string, warningRaised: boolean, level: RiskLevel, previousLevel: RiskLevel | null, assessedAt: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmKeyAccountOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type CrmKeyAccountOptionsQuery = { keyAccounts: { nodes: Array<{ id: string, name: string, kind: KeyAccountKind }> } | null };

export type KeyAccountDetailFragment = { id: string, name: string, kind: KeyAccountKind, accountManagerId: string | null, score: number | null, riskScore: number | null, riskLevel: RiskLevel | null, createdAt: string, servicePlan: { visitProcess: string | null, expertTeam: string | null, discountPolicy: string | null, valueAddedServices: Array<string> }, contacts: Array<{ name: string, title: string | null, phone: string | null }>, scores: Array<{ id: string, demandVolume: number, spendingPower: number, influence: number, cooperationPotential: number, total: number, scoredOn: string, scoredBy: string | null, createdAt: string }>, riskAssessments: Array<{ id: string, financialStatus: number, operatingStability: number, cooperationHistory: number, score: number, level: RiskLevel, previousLevel: RiskLevel | null, warningRaised: boolean, note: string | null, assessedBy: string | null, assessedAt: string }>, meetings: Array<{ id: string, kind: MeetingKind, heldAt: string, attendees: string | null, summary: string, recordedBy: string | null }>, analysis: { customers: number, visits: number, deals: number, spendFen: number, satisfaction: number | null, diseaseTypes: Array<{ diseaseType: string, count: number }> } };

export type CrmKeyAccountQueryVariables = Exact<{
  id: string;
}>;


export type CrmKeyAccountQuery = { keyAccount: { id: string, name: string, kind: KeyAccountKind, accountManagerId: string | null, score: number | null, riskScore: number | null, riskLevel: RiskLevel | null, createdAt: string, servicePlan: { visitProcess: string | null, expertTeam: string | null, discountPolicy: string | null, valueAddedServices: Array<string> }, contacts: Array<{ name: string, title: string | null, phone: string | null }>, scores: Array<{ id: string, demandVolume: number, spendingPower: number, influence: number, cooperationPotential: number, total: number, scoredOn: string, scoredBy: string | null, createdAt: string }>, riskAssessments: Array<{ id: string, financialStatus: number, operatingStability: number, cooperationHistory: number, score: number, level: RiskLevel, previousLevel: RiskLevel | null, warningRaised: boolean, note: string | null, assessedBy: string | null, assessedAt: string }>, meetings: Array<{ id: string, kind: MeetingKind, heldAt: string, attendees: string | null, summary: string, recordedBy: string | null }>, analysis: { customers: number, visits: number, deals: number, spendFen: number, satisfaction: number | null, diseaseTypes: Array<{ diseaseType: string, count: number }> } } | null };

export type CrmKeyAccountRosterQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmKeyAccountRosterQuery = { keyAccount: { id: string, customers: { totalCount: number, nodes: Array<{ id: string, name: string, phone: string, gender: Gender, channel: SourceChannel, stage: CustomerStage, customerClass: CustomerClass | null, tags: Array<string>, dealCount: number, createdAt: string, keyAccount: { id: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type CrmCreateKeyAccountMutationVariables = Exact<{
  input: KeyAccountInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CrmCreateKeyAccountMutation = { createKeyAccount: { id: string } };

export type CrmUpdateKeyAccountMutationVariables = Exact<{
  id: string;
  input: KeyAccountInput;
}>;


export type CrmUpdateKeyAccountMutation = { updateKeyAccount: { id: string, name: string, kind: KeyAccountKind, accountManagerId: string | null, score: number | null, riskScore: number | null, riskLevel: RiskLevel | null, createdAt: string, servicePlan: { visitProcess: string | null, expertTeam: string | null, discountPolicy: string | null, valueAddedServices: Array<string> }, contacts: Array<{ name: string, title: string | null, phone: string | null }>, scores: Array<{ id: string, demandVolume: number, spendingPower: number, influence: number, cooperationPotential: number, total: number, scoredOn: string, scoredBy: string | null, createdAt: string }>, riskAssessments: Array<{ id: string, financialStatus: number, operatingStability: number, cooperationHistory: number, score: number, level: RiskLevel, previousLevel: RiskLevel | null, warningRaised: boolean, note: string | null, assessedBy: string | null, assessedAt: string }>, meetings: Array<{ id: string, kind: MeetingKind, heldAt: string, attendees: string | null, summary: string, recordedBy: string | null }>, analysis: { customers: number, visits: number, deals: number, spendFen: number, satisfaction: number | null, diseaseTypes: Array<{ diseaseType: string, count: number }> } } };

export type CrmScoreKeyAccountMutationVariables = Exact<{
  input: KeyAccountScoreInput;
}>;


export type CrmScoreKeyAccountMutation = { scoreKeyAccount: { id: string, total: number } };

export type CrmAssessKeyAccountRiskMutationVariables = Exact<{
  input: KeyAccountRiskInput;
}>;


export type CrmAssessKeyAccountRiskMutation = { assessKeyAccountRisk: { id: string, score: number, level: RiskLevel, warningRaised: boolean } };

export type CrmRecordKeyAccountMeetingMutationVariables = Exact<{
  input: KeyAccountMeetingInput;
}>;


export type CrmRecordKeyAccountMeetingMutation = { recordKeyAccountMeeting: { id: string } };

export type CrmLinkCustomerToKeyAccountMutationVariables = Exact<{
  customerId: string;
  keyAccountId?: string | null | undefined;
}>;


export type CrmLinkCustomerToKeyAccountMutation = { linkCustomerToKeyAccount: { id: string, keyAccount: { id: string, name: string, kind: KeyAccountKind } | null } };

export type CrmMessageTemplateFragment = { id: string, code: string, kind: TemplateKind, channel: MessageChannel, title: string, body: string, holidayDate: string | null, active: boolean, createdAt: string };

export type CrmMessageTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmMessageTemplatesQuery = { messageTemplates: Array<{ id: string, code: string, kind: TemplateKind, channel: MessageChannel, title: string, body: string, holidayDate: string | null, active: boolean, createdAt: string }> | null };

export type CrmCreateMessageTemplateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type CrmCreateMessageTemplateMutation = { createMessageTemplate: { id: string, code: string, kind: TemplateKind, channel: MessageChannel, title: string, body: string, holidayDate: string | null, active: boolean, createdAt: string } };

export type CrmUpdateMessageTemplateMutationVariables = Exact<{
  id: string;
  input: UpdateMessageTemplateInput;
}>;


export type CrmUpdateMessageTemplateMutation = { updateMessageTemplate: { id: string, code: string, kind: TemplateKind, channel: MessageChannel, title: string, body: string, holidayDate: string | null, active: boolean, createdAt: string } };

export type CrmSegmentCountsQueryVariables = Exact<{
  segment?: CustomerFilter | null | undefined;
  consenting?: CustomerFilter | null | undefined;
}>;


export type CrmSegmentCountsQuery = { all: { totalCount: number } | null, consenting: { totalCount: number } | null };

export type CrmMessageSendFragment = { id: string, templateId: string, scheduledAt: string, status: SendStatus, sent: number, skippedNoConsent: number, createdBy: string | null, createdAt: string };

export type CrmScheduleMessageMutationVariables = Exact<{
  input: ScheduleMessageInput;
}>;


export type CrmScheduleMessageMutation = { scheduleMessage: { id: string, templateId: string, scheduledAt: string, status: SendStatus, sent: number, skippedNoConsent: number, createdBy: string | null, createdAt: string } };

export type CrmMessageSendQueryVariables = Exact<{
  id: string;
}>;


export type CrmMessageSendQuery = { messageSend: { id: string, templateId: string, scheduledAt: string, status: SendStatus, sent: number, skippedNoConsent: number, createdBy: string | null, createdAt: string } | null };

export type CrmMessageDeliveryFragment = { id: string, sendId: string | null, templateId: string, customerId: string, channel: MessageChannel, body: string, status: DeliveryStatus, provider: string, providerMessageId: string | null, error: string | null, createdAt: string, deliveredAt: string | null, attempts: number, nextAttemptAt: string | null, receipt: ReceiptStatus | null, receiptError: string | null };

export type CrmMessagingProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmMessagingProvidersQuery = { messagingProviders: { sms: MessageProviderKind, wechat: MessageProviderKind } | null };

export type CrmMessageDeliveriesQueryVariables = Exact<{
  sendId?: string | null | undefined;
  customerId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmMessageDeliveriesQuery = { messageDeliveries: { totalCount: number, nodes: Array<{ id: string, sendId: string | null, templateId: string, customerId: string, channel: MessageChannel, body: string, status: DeliveryStatus, provider: string, providerMessageId: string | null, error: string | null, createdAt: string, deliveredAt: string | null, attempts: number, nextAttemptAt: string | null, receipt: ReceiptStatus | null, receiptError: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmReminderRuleFragment = { departmentCode: string, enabled: boolean, daysBefore: number, sendAt: string, templateId: string, channel: MessageChannel, quietStart: string | null, quietEnd: string | null, updatedAt: string };

export type CrmReminderRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmReminderRulesQuery = { reminderRules: Array<{ departmentCode: string, enabled: boolean, daysBefore: number, sendAt: string, templateId: string, channel: MessageChannel, quietStart: string | null, quietEnd: string | null, updatedAt: string }> | null };

export type CrmSetReminderRuleMutationVariables = Exact<{
  input: SetReminderRuleInput;
}>;


export type CrmSetReminderRuleMutation = { setReminderRule: { departmentCode: string, enabled: boolean, daysBefore: number, sendAt: string, templateId: string, channel: MessageChannel, quietStart: string | null, quietEnd: string | null, updatedAt: string } };

export type CrmPersonalDataRequestFragment = { id: string, kind: PersonalDataRequestKind, status: PersonalDataRequestStatus, reason: string, proposedBy: string, proposedByName: string | null, proposedAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, customer: { id: string, name: string } | null };

export type CrmPersonalDataRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CrmPersonalDataRequestsQuery = { personalDataRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: PersonalDataRequestKind, status: PersonalDataRequestStatus, reason: string, proposedBy: string, proposedByName: string | null, proposedAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, customer: { id: string, name: string } | null }> } | null };

export type CrmProposePersonalDataRequestMutationVariables = Exact<{
  input: ProposePersonalDataRequestInput;
}>;


export type CrmProposePersonalDataRequestMutation = { proposePersonalDataRequest: { id: string, kind: PersonalDataRequestKind, status: PersonalDataRequestStatus, reason: string, proposedBy: string, proposedByName: string | null, proposedAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, customer: { id: string, name: string } | null } };

export type CrmDecidePersonalDataRequestMutationVariables = Exact<{
  input: DecidePersonalDataRequestInput;
}>;


export type CrmDecidePersonalDataRequestMutation = { decidePersonalDataRequest: { id: string, kind: PersonalDataRequestKind, status: PersonalDataRequestStatus, reason: string, proposedBy: string, proposedByName: string | null, proposedAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, customer: { id: string, name: string } | null } };

export type CrmPersonalDataExportQueryVariables = Exact<{
  requestId: string;
}>;


export type CrmPersonalDataExportQuery = { personalDataExport: { id: string, customerId: string, generatedAt: string, crm: Array<{ service: string, table: string, rows: Array<Record<string, unknown>> }>, members: Array<{ service: string, table: string, rows: Array<Record<string, unknown>> }>, analytics: Array<{ service: string, table: string, rows: Array<Record<string, unknown>> }>, audit: Array<{ service: string, table: string, rows: Array<Record<string, unknown>> }> } | null };

export type CrmPendingRemedyFragment = { id: string, kind: RemedyKind, status: RemedyStatus, awaiting: RemedyStep | null, viewerActions: Array<RemedyAction>, points: number | null, receiptNumbers: Array<string> | null, joinedAt: string | null, proposedBy: string, proposedAt: string, approvedAt: string | null, financeApprovedAt: string | null, complaintText: string | null, proposedByStaff: { id: string, name: string } | null, approvedByStaff: { id: string, name: string } | null, financeApprovedByStaff: { id: string, name: string } | null, complaint: { id: string, category: ComplaintCategory, receivedAt: string } | null };

export type CrmPendingRemediesQueryVariables = Exact<{
  step: RemedyStep;
  kind?: RemedyKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CrmPendingRemediesQuery = { pendingRemedies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: RemedyKind, status: RemedyStatus, awaiting: RemedyStep | null, viewerActions: Array<RemedyAction>, points: number | null, receiptNumbers: Array<string> | null, joinedAt: string | null, proposedBy: string, proposedAt: string, approvedAt: string | null, financeApprovedAt: string | null, complaintText: string | null, proposedByStaff: { id: string, name: string } | null, approvedByStaff: { id: string, name: string } | null, financeApprovedByStaff: { id: string, name: string } | null, complaint: { id: string, category: ComplaintCategory, receivedAt: string } | null }> } | null };

export type CrmApproveRemedyMutationVariables = Exact<{
  remedyId: string;
}>;


export type CrmApproveRemedyMutation = { approveRemedy: { id: string, status: RemedyStatus } };

export type CrmFinanceApproveRemedyMutationVariables = Exact<{
  remedyId: string;
}>;


export type CrmFinanceApproveRemedyMutation = { financeApproveRemedy: { id: string, status: RemedyStatus } };

export type CrmCheckRemedyRecordMutationVariables = Exact<{
  remedyId: string;
}>;


export type CrmCheckRemedyRecordMutation = { checkRemedyRecord: { id: string, status: RemedyStatus } };

export type CrmVisitFragment = { id: string, customerId: string, appointmentId: string | null, walkIn: boolean, phoneConverted: boolean, type: AppointmentType, departmentCode: string, doctorId: string | null, designatedDoctor: boolean, onsiteConsultantId: string | null, arrivedAt: string, registeredBy: string | null, dealt: boolean | null, dealAmountFen: number | null, receiptNumber: string | null, items: Array<string>, dealRecordedBy: string | null, dealRecordedAt: string | null, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, registeredByStaff: { id: string, name: string } | null, dealRecordedByStaff: { id: string, name: string } | null };

export type CrmVisitsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CrmVisitsQuery = { visits: { totalCount: number, nodes: Array<{ id: string, customerId: string, appointmentId: string | null, walkIn: boolean, phoneConverted: boolean, type: AppointmentType, departmentCode: string, doctorId: string | null, designatedDoctor: boolean, onsiteConsultantId: string | null, arrivedAt: string, registeredBy: string | null, dealt: boolean | null, dealAmountFen: number | null, receiptNumber: string | null, items: Array<string>, dealRecordedBy: string | null, dealRecordedAt: string | null, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, registeredByStaff: { id: string, name: string } | null, dealRecordedByStaff: { id: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CrmRegisterVisitMutationVariables = Exact<{
  input: RegisterVisitInput;
}>;


export type CrmRegisterVisitMutation = { registerVisit: { id: string, customerId: string, appointmentId: string | null, walkIn: boolean, phoneConverted: boolean, type: AppointmentType, departmentCode: string, doctorId: string | null, designatedDoctor: boolean, onsiteConsultantId: string | null, arrivedAt: string, registeredBy: string | null, dealt: boolean | null, dealAmountFen: number | null, receiptNumber: string | null, items: Array<string>, dealRecordedBy: string | null, dealRecordedAt: string | null, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, registeredByStaff: { id: string, name: string } | null, dealRecordedByStaff: { id: string, name: string } | null } };

export type CrmRecordVisitOutcomeMutationVariables = Exact<{
  input: RecordVisitOutcomeInput;
}>;


export type CrmRecordVisitOutcomeMutation = { recordVisitOutcome: { id: string, customerId: string, appointmentId: string | null, walkIn: boolean, phoneConverted: boolean, type: AppointmentType, departmentCode: string, doctorId: string | null, designatedDoctor: boolean, onsiteConsultantId: string | null, arrivedAt: string, registeredBy: string | null, dealt: boolean | null, dealAmountFen: number | null, receiptNumber: string | null, items: Array<string>, dealRecordedBy: string | null, dealRecordedAt: string | null, doctor: { id: string, name: string } | null, onsiteConsultant: { id: string, name: string } | null, registeredByStaff: { id: string, name: string } | null, dealRecordedByStaff: { id: string, name: string } | null } };

export type CrmVisitCustomerMembershipQueryVariables = Exact<{
  customerId: string;
}>;


export type CrmVisitCustomerMembershipQuery = { customer: { id: string, membership: { id: string } | null } | null };

export const CrmAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmAppointmentFragment, unknown>;
export const CrmComplaintFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmComplaintFragment, unknown>;
export const Customer360FragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Customer360"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"consultantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromClass"}},{"kind":"Field","name":{"kind":"Name","value":"toClass"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}}]}}]}}]} as unknown as DocumentNode<Customer360Fragment, unknown>;
export const CustomerConsultationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerConsultationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"consultedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"noIntentionReason"}},{"kind":"Field","name":{"kind":"Name","value":"visitIntention"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CustomerConsultationItemFragment, unknown>;
export const CustomerVisitItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerVisitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}}]}}]} as unknown as DocumentNode<CustomerVisitItemFragment, unknown>;
export const CustomerImportJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"otherRow"}}]}}]}}]} as unknown as DocumentNode<CustomerImportJobFragment, unknown>;
export const CustomerMergeSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerMergeSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CustomerMergeSideFragment, unknown>;
export const CustomerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CustomerRowFragment, unknown>;
export const CrmFollowUpRuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignTo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CrmFollowUpRuleFragment, unknown>;
export const CrmFollowUpTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmFollowUpTaskFragment, unknown>;
export const KeyAccountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyAccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]}}]} as unknown as DocumentNode<KeyAccountRowFragment, unknown>;
export const KeyAccountDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyAccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitProcess"}},{"kind":"Field","name":{"kind":"Name","value":"expertTeam"}},{"kind":"Field","name":{"kind":"Name","value":"discountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"valueAddedServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demandVolume"}},{"kind":"Field","name":{"kind":"Name","value":"spendingPower"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationPotential"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"operatingStability"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationHistory"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"spendFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<KeyAccountDetailFragment, unknown>;
export const CrmMessageTemplateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"holidayDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmMessageTemplateFragment, unknown>;
export const CrmMessageSendFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageSend"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSend"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skippedNoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmMessageSendFragment, unknown>;
export const CrmMessageDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendId"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptError"}}]}}]} as unknown as DocumentNode<CrmMessageDeliveryFragment, unknown>;
export const CrmReminderRuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmReminderRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CrmReminderRuleFragment, unknown>;
export const CrmPersonalDataRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPersonalDataRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmPersonalDataRequestFragment, unknown>;
export const CrmPendingRemedyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPendingRemedy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Remedy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"financeApprovedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<CrmPendingRemedyFragment, unknown>;
export const CrmVisitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmVisit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedDoctor"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedAt"}}]}}]} as unknown as DocumentNode<CrmVisitFragment, unknown>;
export const CrmAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAppointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmAppointmentsQuery, CrmAppointmentsQueryVariables>;
export const CrmBookAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmBookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAppointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmBookAppointmentMutation, CrmBookAppointmentMutationVariables>;
export const CrmCancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAppointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmCancelAppointmentMutation, CrmCancelAppointmentMutationVariables>;
export const CrmMarkAppointmentNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmMarkAppointmentNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAppointmentNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAppointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmMarkAppointmentNoShowMutation, CrmMarkAppointmentNoShowMutationVariables>;
export const CrmConfirmAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmConfirmAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmAppointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<CrmConfirmAppointmentMutation, CrmConfirmAppointmentMutationVariables>;
export const CrmDutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"consultantIds"}},{"kind":"Field","name":{"kind":"Name","value":"consultants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextIndex"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CrmDutyRosterQuery, CrmDutyRosterQueryVariables>;
export const CrmSetDutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmSetDutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDutyRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"consultantIds"}},{"kind":"Field","name":{"kind":"Name","value":"nextIndex"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CrmSetDutyRosterMutation, CrmSetDutyRosterMutationVariables>;
export const CrmDepartmentStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDepartmentStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CrmDepartmentStaffQuery, CrmDepartmentStaffQueryVariables>;
export const CrmDoctorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDoctors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"specialities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CrmDoctorsQuery, CrmDoctorsQueryVariables>;
export const CrmClinicalDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmClinicalDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"clinical"}}]}}]}}]} as unknown as DocumentNode<CrmClinicalDepartmentsQuery, CrmClinicalDepartmentsQueryVariables>;
export const CrmDoctorFreeSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDoctorFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorFreeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<CrmDoctorFreeSlotsQuery, CrmDoctorFreeSlotsQueryVariables>;
export const CrmDoctorsFreeSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDoctorsFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorsFreeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<CrmDoctorsFreeSlotsQuery, CrmDoctorsFreeSlotsQueryVariables>;
export const CrmDoctorScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmDoctorSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"doctorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doctorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrmDoctorScheduleQuery, CrmDoctorScheduleQueryVariables>;
export const CrmSetDoctorScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmSetDoctorSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDoctorScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDoctorSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CrmSetDoctorScheduleMutation, CrmSetDoctorScheduleMutationVariables>;
export const CrmHospitalDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmHospitalDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CrmHospitalDepartmentsQuery, CrmHospitalDepartmentsQueryVariables>;
export const CrmStaffNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmStaffName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}}]} as unknown as DocumentNode<CrmStaffNameQuery, CrmStaffNameQueryVariables>;
export const CrmColleaguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmColleagues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}}]}}]} as unknown as DocumentNode<CrmColleaguesQuery, CrmColleaguesQueryVariables>;
export const CrmComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmComplaintsQuery, CrmComplaintsQueryVariables>;
export const CrmComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmComplaintQuery, CrmComplaintQueryVariables>;
export const CrmAdvanceComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmAdvanceComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmAdvanceComplaintMutation, CrmAdvanceComplaintMutationVariables>;
export const CrmProposeComplaintResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmProposeComplaintResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeComplaintResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmProposeComplaintResolutionMutation, CrmProposeComplaintResolutionMutationVariables>;
export const CrmApproveComplaintResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmApproveComplaintResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveComplaintResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmApproveComplaintResolutionMutation, CrmApproveComplaintResolutionMutationVariables>;
export const CrmRejectComplaintResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRejectComplaintResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectComplaintResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmRejectComplaintResolutionMutation, CrmRejectComplaintResolutionMutationVariables>;
export const CrmConfirmComplaintRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmConfirmComplaintRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmComplaintRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmConfirmComplaintRefundMutation, CrmConfirmComplaintRefundMutationVariables>;
export const CrmEscalateComplaintEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmEscalateComplaintEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notifyDepartments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateComplaintEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"notifyDepartments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notifyDepartments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmEscalateComplaintEmergencyMutation, CrmEscalateComplaintEmergencyMutationVariables>;
export const CrmCloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmCloseComplaintMutation, CrmCloseComplaintMutationVariables>;
export const CrmRecordComplaintResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRecordComplaintResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaintResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmRecordComplaintResponsibilityMutation, CrmRecordComplaintResponsibilityMutationVariables>;
export const CrmReceiveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmReceiveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"approvalText"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CrmReceiveComplaintMutation, CrmReceiveComplaintMutationVariables>;
export const CrmComplaintTimeLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmComplaintTimeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintTimeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"limitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CrmComplaintTimeLimitsQuery, CrmComplaintTimeLimitsQueryVariables>;
export const CrmUpdateComplaintTimeLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateComplaintTimeLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limits"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintTimeLimitInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplaintTimeLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"limitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CrmUpdateComplaintTimeLimitsMutation, CrmUpdateComplaintTimeLimitsMutationVariables>;
export const CrmWeeklyOpinionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmWeeklyOpinionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyOpinionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekOf"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"emergencies"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInWeek"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySeverity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CrmWeeklyOpinionReportQuery, CrmWeeklyOpinionReportQueryVariables>;
export const CrmRegisterConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRegisterConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"consultedAt"}}]}}]}}]} as unknown as DocumentNode<CrmRegisterConsultationMutation, CrmRegisterConsultationMutationVariables>;
export const CrmCustomerByPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CrmCustomerByPhoneQuery, CrmCustomerByPhoneQueryVariables>;
export const CrmCustomer360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Customer360"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Customer360"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"consultantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromClass"}},{"kind":"Field","name":{"kind":"Name","value":"toClass"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}}]}}]}}]} as unknown as DocumentNode<CrmCustomer360Query, CrmCustomer360QueryVariables>;
export const CrmCustomerConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerConsultationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerConsultationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"consultedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"noIntentionReason"}},{"kind":"Field","name":{"kind":"Name","value":"visitIntention"}},{"kind":"Field","name":{"kind":"Name","value":"concern"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CrmCustomerConsultationsQuery, CrmCustomerConsultationsQueryVariables>;
export const CrmCustomerVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerVisitItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerVisitItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}}]}}]} as unknown as DocumentNode<CrmCustomerVisitsQuery, CrmCustomerVisitsQueryVariables>;
export const CrmCustomerTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerTimelineKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"visibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmCustomerTimelineQuery, CrmCustomerTimelineQueryVariables>;
export const CrmCustomerMemberTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerMemberTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberTimelineKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmCustomerMemberTimelineQuery, CrmCustomerMemberTimelineQueryVariables>;
export const CrmRegisterCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRegisterCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrmRegisterCustomerMutation, CrmRegisterCustomerMutationVariables>;
export const CrmUpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUpdateCustomerMutation, CrmUpdateCustomerMutationVariables>;
export const CrmReclassifyCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmReclassifyCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclassifyCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclassifyCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromClass"}},{"kind":"Field","name":{"kind":"Name","value":"toClass"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CrmReclassifyCustomerMutation, CrmReclassifyCustomerMutationVariables>;
export const CrmStartCustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmStartCustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCustomerImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCustomerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerImportJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"otherRow"}}]}}]}}]} as unknown as DocumentNode<CrmStartCustomerImportMutation, CrmStartCustomerImportMutationVariables>;
export const CrmCustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerImportJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"otherRow"}}]}}]}}]} as unknown as DocumentNode<CrmCustomerImportQuery, CrmCustomerImportQueryVariables>;
export const CrmCustomerMergeSideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerMergeSide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerMergeSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerMergeSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmCustomerMergeSideQuery, CrmCustomerMergeSideQueryVariables>;
export const CrmMergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmMergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"survivorId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedId"}}]}}]}}]} as unknown as DocumentNode<CrmMergeCustomersMutation, CrmMergeCustomersMutationVariables>;
export const CrmCustomerNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CrmCustomerNameQuery, CrmCustomerNameQueryVariables>;
export const CrmCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmCustomersQuery, CrmCustomersQueryVariables>;
export const CrmFollowUpRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmFollowUpRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignTo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CrmFollowUpRulesQuery, CrmFollowUpRulesQueryVariables>;
export const CrmSaveFollowUpRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmSaveFollowUpRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFollowUpRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignTo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CrmSaveFollowUpRuleMutation, CrmSaveFollowUpRuleMutationVariables>;
export const CrmMyFollowUpsTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMyFollowUpsToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFollowUpsToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmMyFollowUpsTodayQuery, CrmMyFollowUpsTodayQueryVariables>;
export const CrmOverdueFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmOverdueFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmOverdueFollowUpsQuery, CrmOverdueFollowUpsQueryVariables>;
export const CrmCustomerFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmCustomerFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmCustomerFollowUpsQuery, CrmCustomerFollowUpsQueryVariables>;
export const CrmCompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmCompleteFollowUpMutation, CrmCompleteFollowUpMutationVariables>;
export const CrmReassignFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmReassignFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmReassignFollowUpMutation, CrmReassignFollowUpMutationVariables>;
export const CrmCreateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmFollowUpTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmFollowUpTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<CrmCreateFollowUpMutation, CrmCreateFollowUpMutationVariables>;
export const CrmFollowUpOwnerCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmFollowUpOwnerCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrmFollowUpOwnerCandidatesQuery, CrmFollowUpOwnerCandidatesQueryVariables>;
export const CrmKeyAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmKeyAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyAccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyAccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]}}]} as unknown as DocumentNode<CrmKeyAccountsQuery, CrmKeyAccountsQueryVariables>;
export const CrmKeyAccountOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmKeyAccountOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CrmKeyAccountOptionsQuery, CrmKeyAccountOptionsQueryVariables>;
export const CrmKeyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmKeyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyAccountDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyAccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitProcess"}},{"kind":"Field","name":{"kind":"Name","value":"expertTeam"}},{"kind":"Field","name":{"kind":"Name","value":"discountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"valueAddedServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demandVolume"}},{"kind":"Field","name":{"kind":"Name","value":"spendingPower"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationPotential"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"operatingStability"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationHistory"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"spendFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CrmKeyAccountQuery, CrmKeyAccountQueryVariables>;
export const CrmKeyAccountRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmKeyAccountRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmKeyAccountRosterQuery, CrmKeyAccountRosterQueryVariables>;
export const CrmCreateKeyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateKeyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccountInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrmCreateKeyAccountMutation, CrmCreateKeyAccountMutationVariables>;
export const CrmUpdateKeyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateKeyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyAccountDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyAccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitProcess"}},{"kind":"Field","name":{"kind":"Name","value":"expertTeam"}},{"kind":"Field","name":{"kind":"Name","value":"discountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"valueAddedServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demandVolume"}},{"kind":"Field","name":{"kind":"Name","value":"spendingPower"}},{"kind":"Field","name":{"kind":"Name","value":"influence"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationPotential"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"operatingStability"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationHistory"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"spendFen"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CrmUpdateKeyAccountMutation, CrmUpdateKeyAccountMutationVariables>;
export const CrmScoreKeyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmScoreKeyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccountScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreKeyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<CrmScoreKeyAccountMutation, CrmScoreKeyAccountMutationVariables>;
export const CrmAssessKeyAccountRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmAssessKeyAccountRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccountRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessKeyAccountRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"warningRaised"}}]}}]}}]} as unknown as DocumentNode<CrmAssessKeyAccountRiskMutation, CrmAssessKeyAccountRiskMutationVariables>;
export const CrmRecordKeyAccountMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRecordKeyAccountMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyAccountMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKeyAccountMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrmRecordKeyAccountMeetingMutation, CrmRecordKeyAccountMeetingMutationVariables>;
export const CrmLinkCustomerToKeyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmLinkCustomerToKeyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCustomerToKeyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keyAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyAccountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CrmLinkCustomerToKeyAccountMutation, CrmLinkCustomerToKeyAccountMutationVariables>;
export const CrmMessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMessageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"holidayDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmMessageTemplatesQuery, CrmMessageTemplatesQueryVariables>;
export const CrmCreateMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCreateMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"holidayDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmCreateMessageTemplateMutation, CrmCreateMessageTemplateMutationVariables>;
export const CrmUpdateMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmUpdateMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageTemplate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"holidayDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmUpdateMessageTemplateMutation, CrmUpdateMessageTemplateMutationVariables>;
export const CrmSegmentCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmSegmentCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consenting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"consenting"},"name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consenting"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CrmSegmentCountsQuery, CrmSegmentCountsQueryVariables>;
export const CrmScheduleMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmScheduleMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageSend"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageSend"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSend"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skippedNoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmScheduleMessageMutation, CrmScheduleMessageMutationVariables>;
export const CrmMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageSend"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageSend"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSend"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skippedNoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CrmMessageSendQuery, CrmMessageSendQueryVariables>;
export const CrmMessagingProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMessagingProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messagingProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"wechat"}}]}}]}}]} as unknown as DocumentNode<CrmMessagingProvidersQuery, CrmMessagingProvidersQueryVariables>;
export const CrmMessageDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmMessageDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sendId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmMessageDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmMessageDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendId"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptError"}}]}}]} as unknown as DocumentNode<CrmMessageDeliveriesQuery, CrmMessageDeliveriesQueryVariables>;
export const CrmReminderRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmReminderRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmReminderRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmReminderRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CrmReminderRulesQuery, CrmReminderRulesQueryVariables>;
export const CrmSetReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmSetReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmReminderRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmReminderRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quietStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietEnd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CrmSetReminderRuleMutation, CrmSetReminderRuleMutationVariables>;
export const CrmPersonalDataRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmPersonalDataRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmPersonalDataRequest"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPersonalDataRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmPersonalDataRequestsQuery, CrmPersonalDataRequestsQueryVariables>;
export const CrmProposePersonalDataRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmProposePersonalDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePersonalDataRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePersonalDataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmPersonalDataRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPersonalDataRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmProposePersonalDataRequestMutation, CrmProposePersonalDataRequestMutationVariables>;
export const CrmDecidePersonalDataRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmDecidePersonalDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecidePersonalDataRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePersonalDataRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmPersonalDataRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPersonalDataRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrmDecidePersonalDataRequestMutation, CrmDecidePersonalDataRequestMutationVariables>;
export const CrmPersonalDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmPersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"crm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]} as unknown as DocumentNode<CrmPersonalDataExportQuery, CrmPersonalDataExportQueryVariables>;
export const CrmPendingRemediesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmPendingRemedies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemedyStep"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RemedyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRemedies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmPendingRemedy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmPendingRemedy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Remedy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"financeApprovedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<CrmPendingRemediesQuery, CrmPendingRemediesQueryVariables>;
export const CrmApproveRemedyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmApproveRemedy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRemedy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"remedyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrmApproveRemedyMutation, CrmApproveRemedyMutationVariables>;
export const CrmFinanceApproveRemedyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmFinanceApproveRemedy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeApproveRemedy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"remedyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrmFinanceApproveRemedyMutation, CrmFinanceApproveRemedyMutationVariables>;
export const CrmCheckRemedyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmCheckRemedyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkRemedyRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"remedyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remedyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrmCheckRemedyRecordMutation, CrmCheckRemedyRecordMutationVariables>;
export const CrmVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmVisit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedDoctor"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedAt"}}]}}]} as unknown as DocumentNode<CrmVisitsQuery, CrmVisitsQueryVariables>;
export const CrmRegisterVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRegisterVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmVisit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmVisit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedDoctor"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedAt"}}]}}]} as unknown as DocumentNode<CrmRegisterVisitMutation, CrmRegisterVisitMutationVariables>;
export const CrmRecordVisitOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrmRecordVisitOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisitOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrmVisit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrmVisit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"walkIn"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConverted"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedDoctor"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultantId"}},{"kind":"Field","name":{"kind":"Name","value":"onsiteConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealt"}},{"kind":"Field","name":{"kind":"Name","value":"dealAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedByStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealRecordedAt"}}]}}]} as unknown as DocumentNode<CrmRecordVisitOutcomeMutation, CrmRecordVisitOutcomeMutationVariables>;
export const CrmVisitCustomerMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmVisitCustomerMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrmVisitCustomerMembershipQuery, CrmVisitCustomerMembershipQueryVariables>;