import { Migration } from '@mikro-orm/migrations';

export class Migration20261124115727 extends Migration {
  override name = 'Migration20261124115727';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "members"."activity" ("id" uuid not null, "title" text not null, "description" text null, "kind" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "target_tiers" text[] not null, "capacity" int not null, "budget_fen" bigint not null, "registered_count" int not null default 0, "attended_count" int not null default 0, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "activity_ends_at_idx" on "members"."activity" ("ends_at");`);

    this.addSql(
      `create table "members"."activity_registration" ("id" uuid not null, "activity_id" uuid not null, "membership_id" uuid not null, "registered_at" timestamptz not null, "registered_by" uuid null, "attended_at" timestamptz null, "attendance_recorded_by" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "activity_registration_membership_id_idx" on "members"."activity_registration" ("membership_id");`);
    this.addSql(
      `alter table "members"."activity_registration" add constraint "activity_registration_activity_membership_key" unique ("activity_id", "membership_id");`,
    );

    this.addSql(
      `create table "members"."birthday_greeting" ("membership_id" uuid not null, "year" int not null, "birthday" date not null, "published_at" timestamptz not null, primary key ("membership_id", "year"));`,
    );

    this.addSql(
      `create table "members"."card" ("id" uuid not null, "membership_id" uuid not null, "number" text not null, "status" text not null default 'ISSUED', "issued_at" timestamptz not null, "issued_by" uuid null, "activated_at" timestamptz null, "activated_by" uuid null, "lost_at" timestamptz null, "lost_reason" text null, "replaced_at" timestamptz null, "replaced_by_id" uuid null, "replaces_id" uuid null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "card_membership_id_idx" on "members"."card" ("membership_id");`);
    this.addSql(`alter table "members"."card" add constraint "card_number_key" unique ("number");`);

    this.addSql(
      `create table "members"."consumption" ("id" uuid not null, "receipt_number" text not null, "customer_id" uuid not null, "membership_id" uuid null, "amount_fen" bigint not null, "occurred_at" timestamptz not null, "source" text not null, "visit_id" uuid null, "department_code" text null, "staff_id" uuid null, "points_earned" int not null default 0, "bonus_points" int not null default 0, "earn_entry_id" uuid null, "status" text not null default 'RECORDED', "refunded_at" timestamptz null, "refund_reason" text null, "points_reversed" int null, "points_unrecovered" int null, "reversal_entry_id" uuid null, "recorded_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "members"."consumption" add constraint "consumption_receipt_number_key" unique ("receipt_number");`);
    this.addSql(`create index "consumption_customer_id_idx" on "members"."consumption" ("customer_id", "occurred_at");`);
    this.addSql(`create index "consumption_membership_id_idx" on "members"."consumption" ("membership_id", "id");`);

    this.addSql(
      `create table "members"."gift" ("id" uuid not null, "name" text not null, "kind" text not null, "points_price" int not null, "stock" int not null, "unit_cost_fen" bigint null, "created_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "gift_kind_idx" on "members"."gift" ("kind", "id");`);

    this.addSql(
      `create table "members"."gift_redemption" ("id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "gift_id" uuid not null, "quantity" int not null, "points" int not null, "unit_cost_fen" bigint null, "status" text not null default 'REDEEMED', "redeemed_by" uuid not null, "redeemed_at" timestamptz not null, "entry_id" uuid not null, "cancelled_by" uuid null, "cancelled_at" timestamptz null, "cancel_reason" text null, "reversal_entry_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "gift_redemption_redeemed_at_idx" on "members"."gift_redemption" ("redeemed_at");`);
    this.addSql(`create index "gift_redemption_membership_id_idx" on "members"."gift_redemption" ("membership_id", "id");`);

    this.addSql(
      `create table "members"."idempotency_key" ("key" text not null, "operation" text not null, "request_hash" text not null, "caller_id" text null, "result" jsonb null, "created_at" timestamptz not null, primary key ("key"));`,
    );

    this.addSql(
      `create table "members"."membership_event" ("id" uuid not null, "membership_id" uuid not null, "kind" text not null, "at" timestamptz not null, "actor_kind" text not null, "actor_id" text null, "actor_name" text null, "reason" text null, "card_id" uuid null, "from_value" text null, "to_value" text null, primary key ("id"));`,
    );
    this.addSql(`create index "membership_event_membership_id_id_idx" on "members"."membership_event" ("membership_id", "id");`);

    this.addSql(
      `create table "members"."points_account" ("membership_id" uuid not null, "customer_id" uuid not null, "balance" int not null default 0, "entries" int not null default 0, "updated_at" timestamptz not null, primary key ("membership_id"));`,
    );

    this.addSql(
      `create table "members"."points_adjustment" ("id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "points" int not null, "reason" text not null, "responsible_department" text not null, "responsible_staff_id" uuid not null, "status" text not null default 'PENDING', "requested_by" uuid not null, "requested_at" timestamptz not null, "decided_by" uuid null, "decided_at" timestamptz null, "rejection_reason" text null, "entry_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "points_adjustment_membership_id_idx" on "members"."points_adjustment" ("membership_id", "id");`);
    this.addSql(`create index "points_adjustment_status_idx" on "members"."points_adjustment" ("status", "id");`);

    this.addSql(
      `create table "members"."points_allocation" ("entry_id" uuid not null, "lot_id" uuid not null, "points" int not null, primary key ("entry_id", "lot_id"));`,
    );
    this.addSql(`create index "points_allocation_lot_id_idx" on "members"."points_allocation" ("lot_id");`);

    this.addSql(
      `create table "members"."points_entry" ("id" uuid not null, "membership_id" uuid not null, "customer_id" uuid not null, "seq" int not null, "kind" text not null, "points" int not null, "balance_after" int not null, "reason" text not null, "operator_id" uuid not null, "consumption_id" uuid null, "receipt_number" text null, "redemption_id" uuid null, "adjustment_id" uuid null, "remedy_id" text null, "reverses_entry_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "points_entry_membership_id_idx" on "members"."points_entry" ("membership_id", "id");`);
    this.addSql(`alter table "members"."points_entry" add constraint "points_entry_membership_seq_key" unique ("membership_id", "seq");`);

    this.addSql(
      `create table "members"."points_lot" ("id" uuid not null, "membership_id" uuid not null, "entry_id" uuid not null, "points" int not null, "remaining" int not null, "credited_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "points_lot_due_idx" on "members"."points_lot" ("expires_at") where remaining > 0;`);
    this.addSql(`create index "points_lot_open_idx" on "members"."points_lot" ("membership_id", "expires_at") where remaining > 0;`);

    this.addSql(
      `create table "members"."remedy_application" ("remedy_id" text not null, "complaint_id" text not null, "kind" text not null, "customer_id" uuid not null, "membership_id" uuid null, "outcome" text not null, "note" text null, "entry_ids" jsonb not null, "approved_by" text not null, "applied_at" timestamptz not null, primary key ("remedy_id"));`,
    );

    this.addSql(
      `create table "members"."tier" ("code" text not null, "name_zh" text not null, "name_en" text not null, "rank" int not null, "min_spend_fen" bigint not null, "multiplier" numeric(4,2) not null, "discount_percent" int not null, "benefits" text[] not null, "updated_at" timestamptz null, "updated_by" uuid null, primary key ("code"));`,
    );
    this.addSql(`alter table "members"."tier" add constraint "tier_rank_key" unique ("rank");`);

    this.addSql(
      `create table "members"."tier_change" ("id" uuid not null, "membership_id" uuid not null, "from" text not null, "to" text not null, "spend_fen" bigint not null, "at" timestamptz not null, "reason" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "tier_change_membership_id_idx" on "members"."tier_change" ("membership_id", "at");`);

    this.addSql(
      `create table "members"."used_card_number" ("number" text not null, "membership_id" uuid null, "used_at" timestamptz not null, primary key ("number"));`,
    );

    this.addSql(`alter table "members"."known_customer" add "birth_date" date null;`);

    this.addSql(
      `alter table "members"."membership" add "current_card_id" uuid null, add "tier_since" timestamptz null, add "is_key_customer" boolean not null default false, add "key_customer_owner_id" uuid null, add "merged_into_id" uuid null, add "updated_at" timestamptz null;`,
    );

    this.addSql(`alter table "members"."activity" add constraint "activity_period_check" check (ends_at > starts_at);`);
    this.addSql(
      `alter table "members"."activity" add constraint "activity_capacity_check" check (registered_count <= capacity and attended_count <= registered_count);`,
    );
    this.addSql(
      `alter table "members"."activity" add constraint "activity_kind_check" check ("kind" in ('LECTURE', 'PROMOTION', 'GALA', 'CHECKUP'));`,
    );

    this.addSql(
      `alter table "members"."card" add constraint "card_status_check" check ("status" in ('ISSUED', 'ACTIVE', 'LOST', 'REPLACED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "members"."consumption" add constraint "consumption_points_check" check (points_earned >= 0 and bonus_points >= 0 and bonus_points <= points_earned);`,
    );
    this.addSql(`alter table "members"."consumption" add constraint "consumption_amount_fen_check" check (amount_fen > 0);`);
    this.addSql(`alter table "members"."consumption" add constraint "consumption_source_check" check ("source" in ('DEAL', 'MANUAL'));`);
    this.addSql(
      `alter table "members"."consumption" add constraint "consumption_status_check" check ("status" in ('RECORDED', 'REFUNDED'));`,
    );

    this.addSql(
      `alter table "members"."gift" add constraint "gift_unit_cost_fen_check" check (unit_cost_fen is null or unit_cost_fen >= 0);`,
    );
    this.addSql(`alter table "members"."gift" add constraint "gift_stock_check" check (stock >= 0);`);
    this.addSql(`alter table "members"."gift" add constraint "gift_points_price_check" check (points_price > 0);`);
    this.addSql(`alter table "members"."gift" add constraint "gift_kind_check" check ("kind" in ('GOODS', 'SERVICE'));`);

    this.addSql(
      `alter table "members"."gift_redemption" add constraint "gift_redemption_quantity_check" check (quantity > 0 and points > 0);`,
    );
    this.addSql(
      `alter table "members"."gift_redemption" add constraint "gift_redemption_status_check" check ("status" in ('REDEEMED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "members"."idempotency_key" add constraint "idempotency_key_key_check" check (length(key) between 1 and 200);`,
    );

    this.addSql(
      `alter table "members"."membership_event" add constraint "membership_event_kind_check" check ("kind" in ('ENROLLED', 'CARD_ISSUED', 'CARD_ACTIVATED', 'CARD_REPORTED_LOST', 'CARD_REPLACED', 'FROZEN', 'UNFROZEN', 'CANCELLED', 'TIER_CHANGED', 'KEY_CUSTOMER_SET', 'KEY_CUSTOMER_CLEARED', 'MERGED_FROM', 'MERGED_INTO', 'CUSTOMER_CHANGED'));`,
    );

    this.addSql(`alter table "members"."points_account" add constraint "points_account_entries_check" check (entries >= 0);`);
    this.addSql(`alter table "members"."points_account" add constraint "points_account_balance_check" check (balance >= 0);`);

    this.addSql(`alter table "members"."points_adjustment" add constraint "points_adjustment_points_check" check (points <> 0);`);
    this.addSql(
      `alter table "members"."points_adjustment" add constraint "points_adjustment_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED'));`,
    );

    this.addSql(`alter table "members"."points_allocation" add constraint "points_allocation_points_check" check (points <> 0);`);

    this.addSql(`alter table "members"."points_entry" add constraint "points_entry_reason_check" check (length(btrim(reason)) > 0);`);
    this.addSql(
      `alter table "members"."points_entry" add constraint "points_entry_points_sign_check" check ((kind = 'EARN' and points > 0) or (kind in ('REDEEM', 'EXPIRE') and points < 0) or (kind in ('ADJUST', 'REVERSE') and points <> 0));`,
    );
    this.addSql(`alter table "members"."points_entry" add constraint "points_entry_balance_after_check" check (balance_after >= 0);`);
    this.addSql(
      `alter table "members"."points_entry" add constraint "points_entry_kind_check" check ("kind" in ('EARN', 'REDEEM', 'ADJUST', 'EXPIRE', 'REVERSE'));`,
    );
    this.addSql(
      `create or replace function "members"."points_entry_points_entry_no_truncate_fn"() returns trigger as $$ begin raise exception 'points_entry is append-only: entries are never changed or deleted' using errcode = 'P0001'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "points_entry_no_truncate" BEFORE TRUNCATE on "members"."points_entry" for each STATEMENT execute function "members"."points_entry_points_entry_no_truncate_fn"();`,
    );
    this.addSql(
      `create or replace function "members"."points_entry_points_entry_append_only_fn"() returns trigger as $$ begin raise exception 'points_entry is append-only: entries are never changed or deleted' using errcode = 'P0001'; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "points_entry_append_only" BEFORE UPDATE OR DELETE on "members"."points_entry" for each ROW execute function "members"."points_entry_points_entry_append_only_fn"();`,
    );

    this.addSql(
      `alter table "members"."points_lot" add constraint "points_lot_remaining_check" check (remaining >= 0 and remaining <= points);`,
    );
    this.addSql(`alter table "members"."points_lot" add constraint "points_lot_points_check" check (points > 0);`);

    this.addSql(
      `alter table "members"."remedy_application" add constraint "remedy_application_outcome_check" check ("outcome" in ('APPLIED', 'NOT_APPLICABLE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "members"."activity" cascade;`);
    this.addSql(`drop table if exists "members"."activity_registration" cascade;`);
    this.addSql(`drop table if exists "members"."birthday_greeting" cascade;`);
    this.addSql(`drop table if exists "members"."card" cascade;`);
    this.addSql(`drop table if exists "members"."consumption" cascade;`);
    this.addSql(`drop table if exists "members"."gift" cascade;`);
    this.addSql(`drop table if exists "members"."gift_redemption" cascade;`);
    this.addSql(`drop table if exists "members"."idempotency_key" cascade;`);
    this.addSql(`drop table if exists "members"."membership_event" cascade;`);
    this.addSql(`drop table if exists "members"."points_account" cascade;`);
    this.addSql(`drop table if exists "members"."points_adjustment" cascade;`);
    this.addSql(`drop table if exists "members"."points_allocation" cascade;`);
    this.addSql(`drop trigger if exists "points_entry_no_truncate" on "members"."points_entry";`);
    this.addSql(`drop function if exists "members"."points_entry_points_entry_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "points_entry_append_only" on "members"."points_entry";`);
    this.addSql(`drop function if exists "members"."points_entry_points_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "members"."points_entry" cascade;`);
    this.addSql(`drop table if exists "members"."points_lot" cascade;`);
    this.addSql(`drop table if exists "members"."remedy_application" cascade;`);
    this.addSql(`drop table if exists "members"."tier" cascade;`);
    this.addSql(`drop table if exists "members"."tier_change" cascade;`);
    this.addSql(`drop table if exists "members"."used_card_number" cascade;`);

    this.addSql(`alter table "members"."known_customer" drop column "birth_date";`);

    this.addSql(
      `alter table "members"."membership" drop column "current_card_id", drop column "tier_since", drop column "is_key_customer", drop column "key_customer_owner_id", drop column "merged_into_id", drop column "updated_at";`,
    );
  }
}
