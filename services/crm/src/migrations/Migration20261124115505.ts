import { Migration } from '@mikro-orm/migrations';

export class Migration20261124115505 extends Migration {
  override name = 'Migration20261124115505';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."appointment" ("id" uuid not null, "customer_id" uuid null, "consultation_id" uuid null, "type" text not null, "department_code" text not null, "doctor_id" uuid not null, "slot_start" timestamptz not null, "held_slot" timestamptz null, "status" text not null default 'BOOKED', "phone_converted" boolean not null default false, "onsite_consultant_id" uuid null, "booked_by" uuid null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "appointment_customer_id_idx" on "crm"."appointment" ("customer_id");`);
    this.addSql(`create index "appointment_consultation_id_idx" on "crm"."appointment" ("consultation_id");`);
    this.addSql(`create index "appointment_department_code_idx" on "crm"."appointment" ("department_code");`);
    this.addSql(`create index "appointment_slot_start_idx" on "crm"."appointment" ("slot_start");`);
    this.addSql(`create index "appointment_onsite_consultant_id_idx" on "crm"."appointment" ("onsite_consultant_id");`);
    this.addSql(`alter table "crm"."appointment" add constraint "appointment_doctor_slot_key" unique ("doctor_id", "held_slot");`);

    this.addSql(
      `create table "crm"."complaint" ("id" uuid not null, "kind" text not null default 'COMPLAINT', "customer_id" uuid null, "channel" text not null, "category" text not null, "severity" text not null, "description" text not null, "department_code" text null, "staff_id" uuid null, "status" text not null default 'RECEIVED', "onsite_attempts" int not null default 0, "emergency" boolean not null default false, "conference_participants" text[] not null default '{}', "resolution_kind" text null, "resolution" text null, "amount_fen" bigint null, "proposed_by" uuid null, "director_approved_by" uuid null, "director_approved_at" timestamptz null, "finance_confirmed_by" uuid null, "finance_confirmed_at" timestamptz null, "satisfaction" int null, "responsible_department" text null, "responsible_staff_id" uuid null, "penalty" text null, "announced" boolean not null default false, "received_by" uuid null, "received_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "complaint_customer_id_idx" on "crm"."complaint" ("customer_id");`);
    this.addSql(`create index "complaint_department_code_idx" on "crm"."complaint" ("department_code");`);
    this.addSql(`create index "complaint_status_idx" on "crm"."complaint" ("status");`);
    this.addSql(`create index "complaint_received_at_idx" on "crm"."complaint" ("received_at");`);

    this.addSql(
      `create table "crm"."complaint_step" ("id" uuid not null, "complaint_id" uuid not null, "action" text not null, "from_status" text null, "to_status" text not null, "actor_id" uuid null, "actor_name" text null, "note" text null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "complaint_step_complaint_id_idx" on "crm"."complaint_step" ("complaint_id");`);

    this.addSql(
      `create table "crm"."consultation" ("id" uuid not null, "customer_id" uuid null, "phone" text not null, "name" text null, "age" int null, "gender" text not null default 'UNKNOWN', "disease_course" text null, "history" text null, "disease_type" text null, "address" text null, "region" text null, "channel" text not null, "visit_intention" text null, "concern" text null, "consultant_id" uuid not null, "department_code" text null, "consulted_at" timestamptz not null, "outcome" text not null, "no_intention_reason" text null, "notes" text null, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "consultation_customer_id_idx" on "crm"."consultation" ("customer_id");`);
    this.addSql(`create index "consultation_phone_idx" on "crm"."consultation" ("phone");`);
    this.addSql(`create index "consultation_disease_type_idx" on "crm"."consultation" ("disease_type");`);
    this.addSql(`create index "consultation_channel_idx" on "crm"."consultation" ("channel");`);
    this.addSql(`create index "consultation_consultant_id_idx" on "crm"."consultation" ("consultant_id");`);
    this.addSql(`create index "consultation_consulted_at_idx" on "crm"."consultation" ("consulted_at");`);

    this.addSql(
      `create table "crm"."duty_roster" ("day" date not null, "consultant_ids" text[] not null, "next_index" int not null default 0, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("day"));`,
    );

    this.addSql(
      `create table "crm"."follow_up_rule" ("id" uuid not null, "name" text not null, "trigger" text not null, "visit_type" text null, "outcome" text not null, "offset_days" int not null, "type" text not null, "channel" text not null default 'PHONE', "department_code" text not null default 'CUSTOMER_SERVICE', "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "crm"."follow_up_task" ("id" uuid not null, "customer_id" uuid null, "consultation_id" uuid null, "visit_id" uuid null, "rule_id" uuid null, "source_key" text null, "type" text not null, "channel" text not null default 'PHONE', "due_date" date not null, "assignee_id" uuid null, "department_code" text not null, "status" text not null default 'OPEN', "overdue" boolean not null default false, "overdue_marked_at" timestamptz null, "result" text null, "satisfaction" int null, "new_need_found" boolean null, "new_need" text null, "completed_at" timestamptz null, "completed_by" uuid null, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_task_customer_id_idx" on "crm"."follow_up_task" ("customer_id");`);
    this.addSql(`alter table "crm"."follow_up_task" add constraint "follow_up_task_source_key" unique ("source_key");`);
    this.addSql(`create index "follow_up_task_assignee_id_idx" on "crm"."follow_up_task" ("assignee_id");`);
    this.addSql(`create index "follow_up_task_department_code_idx" on "crm"."follow_up_task" ("department_code");`);
    this.addSql(`create index "follow_up_task_open_due_idx" on "crm"."follow_up_task" ("status", "due_date");`);

    this.addSql(
      `create table "crm"."opinion_report" ("week_of" date not null, "report" jsonb not null, "created_at" timestamptz not null, primary key ("week_of"));`,
    );

    this.addSql(
      `create table "crm"."complaint_remedy" ("id" uuid not null, "complaint_id" uuid not null, "kind" text not null, "customer_id" uuid not null, "points" int null, "receipt_numbers" text[] null, "redemption_id" uuid null, "joined_at" timestamptz null, "status" text not null default 'PROPOSED', "proposed_by" uuid not null, "proposed_at" timestamptz not null, "approved_by" uuid null, "approved_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "complaint_remedy_complaint_id_idx" on "crm"."complaint_remedy" ("complaint_id");`);

    this.addSql(
      `create table "crm"."visit" ("id" uuid not null, "customer_id" uuid not null, "appointment_id" uuid null, "walk_in" boolean not null default false, "phone_converted" boolean not null default false, "type" text not null, "department_code" text not null, "doctor_id" uuid null, "designated_doctor" boolean not null default false, "onsite_consultant_id" uuid null, "arrived_at" timestamptz not null, "registered_by" uuid null, "dealt" boolean null, "deal_amount_fen" bigint null, "receipt_number" text null, "items" text[] not null default '{}', "deal_recorded_by" uuid null, "deal_recorded_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "visit_customer_id_idx" on "crm"."visit" ("customer_id");`);
    this.addSql(`alter table "crm"."visit" add constraint "visit_appointment_id_key" unique ("appointment_id");`);
    this.addSql(`create index "visit_department_code_idx" on "crm"."visit" ("department_code");`);
    this.addSql(`create index "visit_onsite_consultant_id_idx" on "crm"."visit" ("onsite_consultant_id");`);
    this.addSql(`create index "visit_arrived_at_idx" on "crm"."visit" ("arrived_at");`);
    this.addSql(`alter table "crm"."visit" add constraint "visit_receipt_number_key" unique ("receipt_number");`);

    this.addSql(
      `alter table "crm"."appointment" add constraint "appointment_type_check" check ("type" in ('EXPERT', 'EXAMINATION', 'PHYSICAL_EXAM', 'TREATMENT', 'HOME_CARE', 'REVISIT'));`,
    );
    this.addSql(
      `alter table "crm"."appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'ARRIVED', 'DEALT', 'NOT_DEALT', 'CANCELLED', 'NO_SHOW'));`,
    );

    this.addSql(`alter table "crm"."complaint" add constraint "complaint_kind_check" check ("kind" in ('COMPLAINT', 'SUGGESTION'));`);
    this.addSql(
      `alter table "crm"."complaint" add constraint "complaint_channel_check" check ("channel" in ('PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'));`,
    );
    this.addSql(
      `alter table "crm"."complaint" add constraint "complaint_category_check" check ("category" in ('SERVICE_ATTITUDE', 'MEDICAL_QUALITY', 'BILLING', 'POINTS_NOT_CREDITED', 'MEMBERSHIP_NOT_INTRODUCED', 'GIFT_ISSUE', 'WAITING_TIME', 'OTHER'));`,
    );
    this.addSql(
      `alter table "crm"."complaint" add constraint "complaint_severity_check" check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));`,
    );
    this.addSql(
      `alter table "crm"."complaint" add constraint "complaint_status_check" check ("status" in ('RECEIVED', 'ONSITE', 'ESCALATED', 'CONFERENCE', 'RESOLUTION_PROPOSED', 'DIRECTOR_APPROVED', 'FINANCE_CONFIRMED', 'RESOLVED', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "crm"."complaint" add constraint "complaint_resolution_kind_check" check ("resolution_kind" in ('EXPLANATION', 'REFUND', 'COMPENSATION'));`,
    );

    this.addSql(
      `alter table "crm"."complaint_step" add constraint "complaint_step_from_status_check" check ("from_status" in ('RECEIVED', 'ONSITE', 'ESCALATED', 'CONFERENCE', 'RESOLUTION_PROPOSED', 'DIRECTOR_APPROVED', 'FINANCE_CONFIRMED', 'RESOLVED', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "crm"."complaint_step" add constraint "complaint_step_to_status_check" check ("to_status" in ('RECEIVED', 'ONSITE', 'ESCALATED', 'CONFERENCE', 'RESOLUTION_PROPOSED', 'DIRECTOR_APPROVED', 'FINANCE_CONFIRMED', 'RESOLVED', 'CLOSED'));`,
    );

    this.addSql(
      `alter table "crm"."consultation" add constraint "consultation_gender_check" check ("gender" in ('FEMALE', 'MALE', 'UNKNOWN'));`,
    );
    this.addSql(
      `alter table "crm"."consultation" add constraint "consultation_channel_check" check ("channel" in ('PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'));`,
    );
    this.addSql(
      `alter table "crm"."consultation" add constraint "consultation_concern_check" check ("concern" in ('HEALTH_QUESTION', 'PRICE_COMPARISON', 'CONSUMPTION_HABIT'));`,
    );
    this.addSql(
      `alter table "crm"."consultation" add constraint "consultation_outcome_check" check ("outcome" in ('BOOKED', 'FOLLOW_UP_LATER', 'NO_INTENTION'));`,
    );

    this.addSql(
      `alter table "crm"."follow_up_rule" add constraint "follow_up_rule_trigger_check" check ("trigger" in ('VISIT', 'CONSULTATION'));`,
    );
    this.addSql(
      `alter table "crm"."follow_up_rule" add constraint "follow_up_rule_visit_type_check" check ("visit_type" in ('EXPERT', 'EXAMINATION', 'PHYSICAL_EXAM', 'TREATMENT', 'HOME_CARE', 'REVISIT'));`,
    );
    this.addSql(
      `alter table "crm"."follow_up_rule" add constraint "follow_up_rule_type_check" check ("type" in ('POST_TREATMENT', 'UNCONVERTED', 'NEXT_DAY', 'SATISFACTION', 'REVISIT_REMINDER', 'DISCHARGE'));`,
    );
    this.addSql(
      `alter table "crm"."follow_up_rule" add constraint "follow_up_rule_channel_check" check ("channel" in ('PHONE', 'WECHAT', 'FACE_TO_FACE', 'SMS'));`,
    );

    this.addSql(
      `alter table "crm"."follow_up_task" add constraint "follow_up_task_type_check" check ("type" in ('POST_TREATMENT', 'UNCONVERTED', 'NEXT_DAY', 'SATISFACTION', 'REVISIT_REMINDER', 'DISCHARGE'));`,
    );
    this.addSql(
      `alter table "crm"."follow_up_task" add constraint "follow_up_task_channel_check" check ("channel" in ('PHONE', 'WECHAT', 'FACE_TO_FACE', 'SMS'));`,
    );
    this.addSql(
      `alter table "crm"."follow_up_task" add constraint "follow_up_task_status_check" check ("status" in ('OPEN', 'DONE', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "crm"."complaint_remedy" add constraint "complaint_remedy_kind_check" check ("kind" in ('CREDIT_POINTS', 'RETRO_ENROL', 'CANCEL_GIFT'));`,
    );
    this.addSql(
      `alter table "crm"."complaint_remedy" add constraint "complaint_remedy_status_check" check ("status" in ('PROPOSED', 'APPROVED'));`,
    );

    this.addSql(
      `alter table "crm"."visit" add constraint "visit_type_check" check ("type" in ('EXPERT', 'EXAMINATION', 'PHYSICAL_EXAM', 'TREATMENT', 'HOME_CARE', 'REVISIT'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."appointment" cascade;`);
    this.addSql(`drop table if exists "crm"."complaint" cascade;`);
    this.addSql(`drop table if exists "crm"."complaint_step" cascade;`);
    this.addSql(`drop table if exists "crm"."consultation" cascade;`);
    this.addSql(`drop table if exists "crm"."duty_roster" cascade;`);
    this.addSql(`drop table if exists "crm"."follow_up_rule" cascade;`);
    this.addSql(`drop table if exists "crm"."follow_up_task" cascade;`);
    this.addSql(`drop table if exists "crm"."opinion_report" cascade;`);
    this.addSql(`drop table if exists "crm"."complaint_remedy" cascade;`);
    this.addSql(`drop table if exists "crm"."visit" cascade;`);
  }
}
