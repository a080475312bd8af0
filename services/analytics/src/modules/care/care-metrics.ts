/**
 * The base measures the front-line facts roll up into `analytics.kpi_daily` (one row per metric,
 * hospital-local day, department, dimension and dimension key). Every KPI of the registry is a
 * ratio (or a sum) of these; nothing else writes kpi_daily.
 *
 * The day of each measure is the calendar day, in the hospital's time zone, of the instant named
 * beside it. `department` is the department code the fact names ('' when it names none).
 */
export const CareMetric = {
  /** consultations registered (day: consultedAt; staff: the consultant) */
  CONSULTATIONS: 'CONSULTATIONS',
  /** of those, the consultations whose customer arrived for a visit at or after consultedAt (counted on the consultation's day) */
  CONSULTATIONS_VISITED: 'CONSULTATIONS_VISITED',
  /**
   * appointments booked and still standing: cancelled and no-show ones (AppointmentCancelled) leave it
   * (day: the slot's day; staff: the consultant who booked it and the on-site consultant it was handed to)
   */
  BOOKINGS: 'BOOKINGS',
  /** of those, the appointments whose visit ended in a deal (on the appointment's day) */
  BOOKINGS_DEALT: 'BOOKINGS_DEALT',
  /** outpatient visits, booked or walk-in (day: arrivedAt; staff: the on-site consultant) */
  OUTPATIENT_VISITS: 'OUTPATIENT_VISITS',
  /** of those, the visits that came from a phone-converted booking (staff: the phone consultant who booked it) */
  PHONE_CONVERTED_VISITS: 'PHONE_CONVERTED_VISITS',
  /** visits registered per guide (day: arrivedAt; STAFF key: the guide who registered it): front-desk head count */
  FRONT_DESK_VISITS: 'FRONT_DESK_VISITS',
  /** visits that ended in a deal (day: the visit's arrival day; staff: the on-site consultant) */
  DEALT_VISITS: 'DEALT_VISITS',
  /** of those, the deals of customers who had dealt at an earlier visit (老顾客) */
  RETURNING_DEALT_VISITS: 'RETURNING_DEALT_VISITS',
  /** deal amounts, fen (on the visit's arrival day) */
  SALES_FEN: 'SALES_FEN',
  /** deal amounts of phone-converted visits, fen (staff: the phone consultant who booked the visit) */
  PHONE_CONVERTED_SALES_FEN: 'PHONE_CONVERTED_SALES_FEN',
  /** refunded amounts, fen (day: refundedAt; department and staff: the refunded visit's) */
  REFUNDED_FEN: 'REFUNDED_FEN',
  /** follow-up tasks due (day: the due day; staff: the assignee) */
  FOLLOW_UPS_DUE: 'FOLLOW_UPS_DUE',
  /** of those, the tasks done on or before their due day */
  FOLLOW_UPS_ON_TIME: 'FOLLOW_UPS_ON_TIME',
  /** satisfaction scores given at follow-ups (day: completedAt; staff: the assignee) */
  SATISFACTION_COUNT: 'SATISFACTION_COUNT',
  /** the sum of those scores (1–5 each) */
  SATISFACTION_SUM: 'SATISFACTION_SUM',
  /** of those, the scores of 4 or 5 */
  SATISFACTION_GE4: 'SATISFACTION_GE4',
  /** complaints received, suggestions excluded (day: receivedAt; department and staff: the ones concerned) */
  COMPLAINTS: 'COMPLAINTS',
  /** complaints that ran past a time limit at some stage, suggestions excluded (day: the first overrun; issue 19) */
  COMPLAINTS_OVERDUE: 'COMPLAINTS_OVERDUE',
  /** complaints closed (day: closedAt) */
  COMPLAINTS_CLOSED: 'COMPLAINTS_CLOSED',
  /** hours from receipt to closing, summed over the complaints closed (resolution time) */
  COMPLAINT_RESOLUTION_HOURS: 'COMPLAINT_RESOLUTION_HOURS',
  /** customers registered (day: registeredAt; department '') */
  CUSTOMERS_REGISTERED: 'CUSTOMERS_REGISTERED',
  /** of those, the records registered with the required fields (region and birth date besides name and phone) */
  CUSTOMERS_COMPLETE: 'CUSTOMERS_COMPLETE',
  /** customers registered as referred by another (老带新, CustomerReferred; day: the referral's; department '') */
  REFERRALS: 'REFERRALS',
  /** of those, the referred customers with a deal at or after the referral (counted on the referral's day) */
  REFERRALS_DEALT: 'REFERRALS_DEALT',
} as const;
export type CareMetricCode = (typeof CareMetric)[keyof typeof CareMetric];

/**
 * The dimensions of kpi_daily. ALL (key '') is the department's total; STAFF, CHANNEL and REGION
 * rows split a measure by the staff member, the customer's source channel and region
 * (key '' when unknown). A booking counts for both staff members it names, so the STAFF rows of
 * BOOKINGS and BOOKINGS_DEALT may add up to more than ALL.
 */
export const CareDim = { ALL: 'ALL', STAFF: 'STAFF', CHANNEL: 'CHANNEL', REGION: 'REGION' } as const;
export type CareDimCode = (typeof CareDim)[keyof typeof CareDim];
