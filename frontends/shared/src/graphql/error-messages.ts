import i18next from 'i18next';
import { readStoredLanguage } from '../i18n/read-stored-language.js';
import { supportedLanguages, type Language } from '../i18n/supported-languages.js';
import type { ReadableGraphqlError } from './read-graphql-error.js';

type Pair = readonly [zhCN: string, en: string];

/**
 * What a person reads for each `extensions.code`, when the reason is unknown or absent. The
 * server's own words are English for engineers and logs, so they never reach a screen.
 */
const byCode: Record<string, Pair> = {
  BAD_USER_INPUT: ['填写的内容有误，请检查后重试', 'Some of what you entered is not valid; check it and try again'],
  NOT_FOUND: ['找不到该记录，它可能已被删除或合并', 'The record was not found; it may have been removed or merged'],
  CONFLICT: ['操作与记录的当前状态冲突，请刷新后重试', 'This clashes with the record’s current state; refresh and try again'],
  FORBIDDEN: ['您的角色无权执行此操作', 'Your role may not do this'],
  UNAUTHENTICATED: ['登录已失效，请重新登录', 'Your session has ended; please sign in again'],
  RATE_LIMITED: ['操作过于频繁，请稍后再试', 'Too many requests; please wait a moment and try again'],
  INTERNAL_SERVER_ERROR: [
    '系统出现错误，请稍后重试；如果问题持续，请联系系统管理员',
    'Something went wrong; try again, and contact your administrator if it persists',
  ],
  // no answer at all: the gateway could not be reached
  NETWORK: ['无法连接服务器，请检查网络后重试', 'The server could not be reached; check the network and try again'],
  UNKNOWN: ['操作失败，请稍后重试', 'The operation failed; please try again'],
};

/**
 * One message per `extensions.reason` the services and the gateway throw. The frontend-shared unit
 * test reads the reasons from the services' sources and fails when one has no message here.
 */
const byReason: Record<string, Pair> = {
  // sign-in, sessions and keys
  ACCESS_TOKEN_EXPIRED: ['登录已过期，请重新登录', 'Your session has expired; please sign in again'],
  ACCESS_TOKEN_INVALID: ['登录凭据无效，请重新登录', 'Your sign-in is not valid; please sign in again'],
  REFRESH_TOKEN_REUSED: ['登录凭据已被使用，为安全起见请重新登录', 'Your sign-in was already used; please sign in again for safety'],
  SESSION_ENDED: ['会话已结束，请重新登录', 'The session has ended; please sign in again'],
  WRONG_CREDENTIALS: ['用户名或密码错误', 'Wrong username or password'],
  UNKNOWN_USERNAME: ['用户名或密码错误', 'Wrong username or password'],
  ACCOUNT_LOCKED: ['连续输错密码，账号已暂时锁定，请稍后再试', 'Too many wrong passwords; the account is locked for a while'],
  ACCOUNT_INACTIVE: ['该账号已停用，请联系系统管理员', 'This account is deactivated; contact your administrator'],
  API_KEY_INVALID: ['接口密钥无效', 'The API key is not valid'],
  API_KEY_NOT_FOUND: ['找不到该接口密钥', 'The API key was not found'],
  SCOPE_MISSING: ['该接口密钥没有此操作所需的权限范围', 'This API key lacks the scope this needs'],
  SCOPES_INVALID: ['权限范围无效', 'The scopes are not valid'],
  PARTNER_INACTIVE: ['该合作机构已停用', 'This partner is deactivated'],
  PARTNER_NOT_FOUND: ['找不到该合作机构', 'The partner was not found'],
  NOT_STAFF: ['仅限员工登录后使用', 'Only signed-in staff may do this'],
  // roles and departments
  ROLE_NOT_ALLOWED: ['您的角色无权执行此操作', 'Your role may not do this'],
  ROLE_NOT_GRANTABLE: ['您不能授予该角色', 'You may not grant this role'],
  OTHER_DEPARTMENT: ['只能处理本部门的记录', 'You may only act on your own department’s records'],
  DEPARTMENT_NOT_ALLOWED: ['您的部门无权执行此操作', 'Your department may not do this'],
  DEPARTMENT_INVALID: ['科室 / 部门无效', 'The department is not valid'],
  DEPARTMENT_UNKNOWN: ['没有这个科室 / 部门', 'There is no such department'],
  FINANCE_ONLY: ['仅财务可执行此操作', 'Only finance may do this'],
  DIRECTOR_DECIDES_EXPORT: ['个人信息导出申请须由院长决定', 'Only the operations director decides an export request'],
  SAME_PERSON: ['提出人不能自己批准', 'The person who proposed it cannot approve it'],
  SECOND_PERSON_REQUIRED: ['须由提出人以外的另一人批准', 'Someone other than the proposer must approve it'],
  PHONE_SEARCH_NOT_ALLOWED: [
    '按手机号搜索需要个人信息权限，请按姓名搜索',
    'Searching by phone needs access to personal data; search by name',
  ],
  FILTER_NOT_ALLOWED: ['该筛选条件仅供本院员工使用', 'These filters are for hospital staff'],
  // staff
  STAFF_INVALID: ['员工无效', 'The staff member is not valid'],
  STAFF_NOT_FOUND: ['找不到该员工', 'The staff member was not found'],
  NOTIFICATION_NOT_FOUND: ['找不到该通知', 'The notification was not found'],
  STAFF_NOT_MANAGEABLE: ['您不能管理该员工', 'You may not manage this staff member'],
  USERNAME_INVALID: ['用户名格式不正确', 'The username is not valid'],
  USERNAME_TAKEN: ['该用户名已被使用', 'This username is taken'],
  PASSWORD_TOO_SHORT: ['密码太短', 'The password is too short'],
  PASSWORD_TOO_LONG: ['密码太长', 'The password is too long'],
  POSITION_INVALID: ['岗位无效', 'The position is not valid'],
  POSITION_UNKNOWN: ['没有这个岗位', 'There is no such position'],
  // customers
  CUSTOMER_NOT_FOUND: ['找不到该客户', 'The customer was not found'],
  CUSTOMER_MERGED: ['该客户已合并到另一条客户记录', 'This customer was merged into another record'],
  CUSTOMER_REQUIRED: ['请选择客户', 'Choose a customer'],
  SPECIALITIES_INVALID: ['专长最多 10 项，每项 1 至 20 个字', 'At most 10 specialities, each 1 to 20 characters'],
  NAME_INVALID: ['名称须为 1 至 50 个字', 'The name must be 1 to 50 characters'],
  PHONE_INVALID: ['手机号格式不正确', 'The phone number is not valid'],
  PHONE_TAKEN: ['该手机号已登记为其他客户', 'A customer with this phone number already exists'],
  REGISTERED_IN_FUTURE: ['登记时间不能晚于现在', 'The registration time cannot be in the future'],
  BIRTH_DATE_INVALID: ['出生日期须为过去的日期', 'The birth date must be a past date'],
  AGE_INVALID: ['年龄无效', 'The age is not valid'],
  REFERRER_INVALID: ['推荐人须为另一位已登记的客户', 'The referrer must be another registered customer'],
  TAG_INVALID: ['标签须为 1 至 20 个字，最多 20 个', 'Tags must be 1 to 20 characters, at most 20 of them'],
  MERGE_SELF: ['不能把客户合并到其自身', 'A customer cannot be merged into itself'],
  IMPORT_FILE_INVALID: ['导入文件无法读取，请使用模板格式', 'The import file cannot be read; use the template'],
  IMPORT_NOT_FOUND: ['找不到该导入任务', 'The import was not found'],
  CONSULTANT_REQUIRED: ['请选择咨询师', 'Choose a consultant'],
  // key accounts
  KEY_ACCOUNT_INVALID: ['大客户无效', 'The key account is not valid'],
  KEY_ACCOUNT_NOT_FOUND: ['找不到该大客户', 'The key account was not found'],
  KEY_ACCOUNT_TAKEN: ['该大客户已存在', 'This key account already exists'],
  OWNER_INVALID: ['负责人无效', 'The owner is not valid'],
  OWNER_REQUIRED: ['请选择负责人', 'Choose an owner'],
  SCORE_INVALID: ['评分须为 0 至 100 的整数', 'The score must be a whole number from 0 to 100'],
  SUMMARY_REQUIRED: ['请填写摘要', 'Enter a summary'],
  // consultations, appointments and visits
  CONSULTATION_NOT_FOUND: ['找不到该咨询记录', 'The consultation was not found'],
  APPOINTMENT_NOT_FOUND: ['找不到该预约', 'The appointment was not found'],
  SLOT_TAKEN: ['该医生此时段已有预约，请选择其他时段', 'The doctor is already booked for this slot; choose another'],
  NOT_CANCELLABLE: ['该预约当前状态不能取消', 'The appointment cannot be cancelled in its current state'],
  PAST_SLOT: ['该时段已开始或已过去，请选择之后的时段', 'The slot has begun or passed; choose a later one'],
  OUTSIDE_SCHEDULE: [
    '该时段不在医生的排班内，请选择排班内的空闲时段',
    'The slot is outside the doctor’s schedule; choose a free slot in it',
  ],
  DOCTOR_NOT_IN_DEPARTMENT: ['该医生不属于所选科室', 'The doctor does not work in the chosen department'],
  HOURS_INVALID: ['出诊时间不正确：结束须晚于开始', 'The hours are not valid: each must end after it starts'],
  SLOT_LENGTH_INVALID: ['号源时长须为 5 到 240 分钟', 'The slot length must be 5 to 240 minutes'],
  NOT_DEPARTMENT_ADMIN: ['仅院长或该科室管理员可以修改', 'Only the director or the department’s admin may change this'],
  REMEDY_WRONG_ROLE: ['此核实步骤不由您的岗位办理', 'This verification step is not taken by your role'],
  REMEDY_STEP_TAKEN: ['此步骤已由他人办理', 'Someone else has already taken this step'],
  REMEDY_WRONG_ORDER: [
    '须先完成前一核实步骤（院长、财务、会员中心依次办理）',
    'The previous step must come first (the director, then finance, then the member centre)',
  ],
  KEY_ACCOUNT_EXISTS: ['该大客户已存在', 'The key account already exists'],
  DEVELOPER_INVALID: ['开发人无效，请选择一名员工', 'The developer is not valid; choose a staff member'],
  NOT_MEMBER_ADMIN: [
    '仅院长或会员中心、客服中心管理员可以修改开发人',
    'Only the director or an admin of the member or customer-service centre may change the developer',
  ],
  NOT_BOOKED: ['只有已预约的记录才能标记为爽约', 'Only a booked appointment can be marked as a no-show'],
  APPOINTMENT_NOT_BOOKED: ['该预约当前状态不能登记到院', 'The appointment cannot arrive in its current state'],
  ALREADY_ARRIVED: ['该预约已登记到院', 'This appointment is already registered as a visit'],
  VISIT_NOT_FOUND: ['找不到该到院记录', 'The visit was not found'],
  OUTCOME_ALREADY_RECORDED: ['该到院记录的结果已登记', 'The outcome of this visit is already recorded'],
  OUTCOME_INVALID: ['结果无效', 'The outcome is not valid'],
  TYPE_INVALID: ['类型无效', 'The type is not valid'],
  DUPLICATE: ['同一人不能重复出现', 'The same person cannot appear twice'],
  IN_FUTURE: ['时间不能晚于现在', 'The time cannot be in the future'],
  OCCURRED_IN_FUTURE: ['发生时间不能晚于现在', 'The time it happened cannot be in the future'],
  // 补录: records entered late (docs/backdating.md)
  BACKDATE_NOT_ALLOWED: ['只有院长和部门管理员可以补录', 'Only the director and department admins may enter records late'],
  OCCURRED_AT_INVALID: ['发生时间无效', 'The time it happened is not valid'],
  OCCURRED_TOO_LONG_AGO: ['补录时间不能早于 400 天前', 'A record entered late cannot be more than 400 days back'],
  OCCURRED_BEFORE_REGISTRATION: ['发生时间不能早于客户登记时间', 'The time it happened cannot be before the customer was registered'],
  OCCURRED_BEFORE_BOOKING: ['到院时间不能早于预约时间', 'The arrival cannot be before the booking was made'],
  OCCURRED_BEFORE_ARRIVAL: ['成交时间不能早于到院时间', 'The outcome cannot be before the customer arrived'],
  OCCURRED_BEFORE_VISIT: ['回访时间不能早于所回访的就诊', 'The follow-up cannot be before the visit it follows'],
  // receipts and consumptions
  RECEIPT_TAKEN: ['该收据号已登记', 'This receipt number is already recorded'],
  RECEIPT_ALREADY_RECORDED: ['该收据已登记过消费', 'This receipt is already recorded'],
  RECEIPT_ALREADY_REFUNDED: ['该收据已退款', 'This receipt is already refunded'],
  RECEIPT_INVALID: ['收据号无效', 'The receipt number is not valid'],
  RECEIPT_REQUIRED: ['请填写收据号', 'Enter the receipt number'],
  RECEIPT_UNKNOWN: ['找不到该收据', 'There is no such receipt'],
  RECEIPT_ONLY_FOR_REFUND: ['收据号仅用于退款', 'A receipt number is only for a refund'],
  CONSUMPTION_NOT_FOUND: ['找不到该消费记录', 'The consumption was not found'],
  MONEY_INVALID: ['金额无效', 'The amount is not valid'],
  PRICE_INVALID: ['价格无效', 'The price is not valid'],
  // follow-ups and complaints
  FOLLOW_UP_NOT_FOUND: ['找不到该回访任务', 'The follow-up was not found'],
  FOLLOW_UP_RULE_NOT_FOUND: ['找不到该回访规则', 'The follow-up rule was not found'],
  NOT_OPEN: ['该回访任务已完成或已关闭', 'This follow-up is no longer open'],
  SATISFACTION_INVALID: ['满意度无效', 'The satisfaction score is not valid'],
  COMPLAINT_NOT_FOUND: ['找不到该投诉', 'The complaint was not found'],
  TRANSITION_NOT_ALLOWED: ['该投诉当前状态不能执行此操作', 'The complaint cannot take this step in its current state'],
  APPROVAL_REQUIRED: ['该处理方案须先经院长批准', 'The resolution must first be approved by the director'],
  NO_APPROVAL_NEEDED: ['该处理方案无需院长批准', 'This resolution needs no approval'],
  REMEDY_NOT_FOUND: ['找不到该补救措施', 'The remedy was not found'],
  REMEDY_NOT_PROPOSED: ['该补救措施已处理', 'This remedy has already been decided'],
  REMEDY_EMPTY: ['请填写补救内容', 'Describe the remedy'],
  // messages
  TEMPLATE_NOT_FOUND: ['找不到该消息模板', 'The message template was not found'],
  TEMPLATE_INVALID: ['消息模板内容有误', 'The message template is not valid'],
  TEMPLATE_CODE_TAKEN: ['该模板编码已被使用', 'A template with this code exists'],
  // personal-data rights
  REQUEST_NOT_FOUND: ['找不到该申请', 'The request was not found'],
  REQUEST_OPEN: ['该客户已有同类申请在等待决定', 'A request of this kind is already waiting for a decision'],
  REQUEST_DECIDED: ['该申请已有决定', 'This request has already been decided'],
  ALREADY_ERASED: ['该客户的个人信息已删除', 'This customer has already been erased'],
  EXPORT_NOT_AVAILABLE: ['导出文件不可用（未批准或已过期）', 'The export is not available (not approved, or expired)'],
  REASON_INVALID: ['理由须为 1 至 500 个字', 'The reason must be 1 to 500 characters'],
  REASON_REQUIRED: ['请填写理由', 'Enter a reason'],
  // members, tiers, points, gifts and activities
  MEMBERSHIP_NOT_FOUND: ['找不到该会员', 'The membership was not found'],
  MEMBERSHIP_NOT_ACTIVE: ['该会员当前不是有效状态', 'The membership is not active'],
  MEMBERSHIP_CANCELLED: ['该会员已注销', 'The membership is cancelled'],
  ALREADY_MEMBER: ['该客户已是会员', 'This customer is already a member'],
  CARD_NOT_FOUND: ['找不到该会员卡', 'The card was not found'],
  JOINED_IN_FUTURE: ['入会时间不能晚于现在', 'The joining time cannot be in the future'],
  TIER_INVALID: ['会员等级无效', 'The tier is not valid'],
  TIER_NOT_FOUND: ['找不到该会员等级', 'The tier was not found'],
  TIER_UNKNOWN: ['没有这个会员等级', 'There is no such tier'],
  TIER_NOT_TARGETED: ['该会员等级不在活动范围内', 'The member’s tier is not one this is for'],
  TIERS_INCONSISTENT: ['会员等级设置前后矛盾', 'The tier settings contradict each other'],
  INSUFFICIENT_POINTS: ['积分不足', 'Not enough points'],
  POINTS_INVALID: ['积分数无效', 'The points are not valid'],
  EXPIRY_IN_PAST: ['到期日不能早于今天', 'The expiry date cannot be in the past'],
  ADJUSTMENT_NOT_FOUND: ['找不到该积分调整', 'The points adjustment was not found'],
  ADJUSTMENT_ALREADY_DECIDED: ['该积分调整已有决定', 'This adjustment has already been decided'],
  GIFT_NOT_FOUND: ['找不到该礼品', 'The gift was not found'],
  OUT_OF_STOCK: ['礼品库存不足', 'The gift is out of stock'],
  STOCK_INVALID: ['库存数量无效', 'The stock is not valid'],
  QUANTITY_INVALID: ['数量无效', 'The quantity is not valid'],
  REDEMPTION_NOT_FOUND: ['找不到该兑换记录', 'The redemption was not found'],
  ACTIVITY_NOT_FOUND: ['找不到该活动', 'The activity was not found'],
  ACTIVITY_INVALID: ['活动信息有误', 'The activity is not valid'],
  ACTIVITY_FULL: ['活动名额已满', 'The activity is full'],
  ACTIVITY_ENDED: ['活动已结束', 'The activity has ended'],
  ACTIVITY_NOT_STARTED: ['活动尚未开始', 'The activity has not started'],
  ALREADY_REGISTERED: ['该会员已报名此活动', 'The member is already registered'],
  NOT_REGISTERED: ['该会员未报名此活动', 'The member is not registered'],
  ALREADY_ATTENDED: ['该会员已签到', 'The member has already attended'],
  // KPIs, targets and scorecards
  METRIC_INVALID: ['指标无效', 'The metric is not valid'],
  DIMENSION_NOT_SUPPORTED: ['该指标不支持按此维度拆分', 'This KPI cannot be broken down this way'],
  KIND_INVALID: ['类型无效', 'The kind is not valid'],
  KIND_REQUIRED: ['请选择类型', 'Choose a kind'],
  ACTION_NOT_SIMPLE: ['该操作须在专门的页面完成', 'This action needs its own screen'],
  // dates, periods and text
  REQUIRED: ['请填写必填项', 'Fill in the required field'],
  ID_INVALID: ['编号无效', 'The identifier is not valid'],
  DATE_INVALID: ['日期格式不正确', 'The date is not valid'],
  DAY_INVALID: ['日期格式不正确', 'The date is not valid'],
  MONTH_INVALID: ['月份格式不正确', 'The month is not valid'],
  DATE_OUT_OF_RANGE: ['日期超出允许的范围', 'The date is out of the allowed range'],
  AS_OF_IN_FUTURE: ['统计日期不能晚于今天', 'The as-of date cannot be in the future'],
  DAY_AND_RANGE: ['请选择单日或日期范围中的一种', 'Choose either one day or a date range'],
  PERIOD_INVALID: ['统计期间无效', 'The period is not valid'],
  PERIOD_REVERSED: ['结束时间早于开始时间', 'The end is before the start'],
  PERIOD_TOO_LONG: ['所选期间过长，请缩短', 'The period is too long; choose a shorter one'],
  RANGE_INVALID: ['范围无效', 'The range is not valid'],
  RANGE_TOO_LONG: ['所选范围过长，请缩短', 'The range is too long; choose a shorter one'],
  TOO_LONG: ['内容过长', 'The text is too long'],
  TOO_MANY_ITEMS: ['项目过多', 'Too many items'],
  CONTROL_CHARACTER: ['内容含有不允许的字符', 'The text holds characters that are not allowed'],
  TEXT_MALFORMED: ['内容格式不正确', 'The text is malformed'],
  QUERY_TOO_COSTLY: ['查询范围过大，请缩小后重试', 'The query is too large; narrow it and try again'],
  IDEMPOTENCY_KEY_INVALID: ['提交标识无效，请刷新页面后重试', 'The submission key is not valid; reload and try again'],
  IDEMPOTENCY_KEY_REUSED: [
    '该提交已用于另一份内容，请刷新页面后重试',
    'This submission was already used for other content; reload and try again',
  ],
  // batch consumptions, complaint time limits, appointment reminders, provider callbacks (issue 19)
  BATCH_SIZE: ['一次登记的消费笔数超出范围', 'Too many or too few consumptions in one batch'],
  NO_LIMITS: ['请至少填写一项时限', 'Enter at least one time limit'],
  STAGE_NOT_TIMED: ['该阶段不设时限', 'This stage has no time limit'],
  DUPLICATE_LIMIT: ['同一阶段和严重程度的时限填写了两次', 'The same stage and severity is given twice'],
  QUIET_HOURS_INCOMPLETE: ['免打扰时段需同时填写开始和结束时间', 'Quiet hours need both a start and an end'],
  TEMPLATE_KIND: ['请选择预约提醒类模板', 'Choose an appointment-reminder template'],
  TEMPLATE_INACTIVE: ['该模板已停用', 'This template is inactive'],
  MESSAGE_TEMPLATE_NOT_FOUND: ['找不到该消息模板', 'The message template was not found'],
  SIGNATURE_REQUIRED: ['缺少签名', 'A signature is required'],
};

const column = (language: Language) => (language === 'en' ? 1 : 0);

/** The reasons that have a message (the unit test compares them with what the services throw). */
export const translatedErrorReasons: readonly string[] = Object.keys(byReason);

/**
 * The message for a failed operation in the person's language: the reason's own message if there
 * is one, else the code's, else a generic one. Never the server's text.
 */
export function errorMessage(code: string | undefined, reason: unknown, language: Language): string {
  const pair = (typeof reason === 'string' && byReason[reason]) || byCode[code ?? 'NETWORK'] || byCode['UNKNOWN']!;
  return pair[column(language)];
}

/** The language the page shows (the shell's i18next, a federation singleton), else the stored choice. */
function pageLanguage(): Language {
  return supportedLanguages.find((language) => language === i18next.resolvedLanguage) ?? readStoredLanguage();
}

/**
 * A refusal with the person's message added. No Apollo here: sign-in's own fetch (log-in.ts) uses it
 * too, and Apollo loads only after sign-in.
 */
export function readableError(code: string | undefined, serverMessage: string, extensions: Record<string, unknown>): ReadableGraphqlError {
  return { code, serverMessage, extensions, message: errorMessage(code, extensions['reason'], pageLanguage()) };
}
