import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111849 extends Migration {
  override name = 'Migration20261124111849';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "identity"."audit_entry" ("id" uuid not null, "service" text not null, "at" timestamptz not null, "actor_kind" text not null, "actor_id" text null, "actor_name" text null, "role" text null, "department" text null, "partner_id" text null, "operation" text not null, "target_type" text null, "target_ids" text[] not null, "fields" text[] not null, "customer_ids" text[] not null, "request_id" text null, "client_ip" text null, "outcome" text not null, "reason" text null, "recorded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_customer_ids_idx" on "identity"."audit_entry" using gin ("customer_ids");`);
    this.addSql(`create index "audit_entry_at_idx" on "identity"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_operation_idx" on "identity"."audit_entry" ("operation", "id");`);
    this.addSql(`create index "audit_entry_actor_id_idx" on "identity"."audit_entry" ("actor_id", "id");`);

    this.addSql(
      `create table "identity"."partner_organisation" ("id" uuid not null, "name" text not null, "key_account_id" uuid not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "identity"."partner_organisation" add constraint "partner_organisation_key_account_id_unique" unique ("key_account_id");`,
    );

    this.addSql(
      `create table "identity"."api_key" ("id" uuid not null, "partner_id" uuid not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "scopes" text[] not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, "created_by" text null, primary key ("id"));`,
    );
    this.addSql(`create index "api_key_partner_id_idx" on "identity"."api_key" ("partner_id");`);
    this.addSql(`alter table "identity"."api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(
      `create table "identity"."position" ("code" text not null, "name" text not null, "name_en" text not null, "sort_order" int not null default 0, primary key ("code"));`,
    );

    this.addSql(
      `create table "identity"."processed_event" ("event_id" uuid not null, "event_type" text not null, "processed_at" timestamptz not null default now(), primary key ("event_id"));`,
    );

    this.addSql(
      `create table "identity"."session" ("id" uuid not null, "staff_id" uuid not null, "refresh_token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_used_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, primary key ("id"));`,
    );
    this.addSql(`create index "session_staff_id_idx" on "identity"."session" ("staff_id");`);
    this.addSql(`alter table "identity"."session" add constraint "session_refresh_token_hash_unique" unique ("refresh_token_hash");`);

    this.addSql(
      `create table "identity"."rotated_refresh_token" ("token_hash" text not null, "session_id" uuid not null, "rotated_at" timestamptz not null, primary key ("token_hash"));`,
    );
    this.addSql(`create index "rotated_refresh_token_session_id_idx" on "identity"."rotated_refresh_token" ("session_id");`);

    this.addSql(
      `alter table "identity"."staff" add "username" text not null, add "password_hash" text not null, add "failed_logins" int not null default 0, add "locked_until" timestamptz null, add "last_login_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "identity"."staff" add constraint "staff_position_foreign" foreign key ("position") references "identity"."position" ("code");`,
    );
    this.addSql(`alter table "identity"."staff" add constraint "staff_username_unique" unique ("username");`);
    this.addSql(`create index "staff_position_idx" on "identity"."staff" ("position");`);

    this.addSql(
      `alter table "identity"."api_key" add constraint "api_key_partner_id_foreign" foreign key ("partner_id") references "identity"."partner_organisation" ("id");`,
    );

    this.addSql(
      `alter table "identity"."session" add constraint "session_staff_id_foreign" foreign key ("staff_id") references "identity"."staff" ("id");`,
    );

    this.addSql(
      `alter table "identity"."rotated_refresh_token" add constraint "rotated_refresh_token_session_id_foreign" foreign key ("session_id") references "identity"."session" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."api_key" drop constraint "api_key_partner_id_foreign";`);
    this.addSql(`alter table "identity"."staff" drop constraint "staff_position_foreign";`);
    this.addSql(`alter table "identity"."rotated_refresh_token" drop constraint "rotated_refresh_token_session_id_foreign";`);

    this.addSql(`drop table if exists "identity"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "identity"."partner_organisation" cascade;`);
    this.addSql(`drop table if exists "identity"."api_key" cascade;`);
    this.addSql(`drop table if exists "identity"."position" cascade;`);
    this.addSql(`drop table if exists "identity"."processed_event" cascade;`);
    this.addSql(`drop table if exists "identity"."session" cascade;`);
    this.addSql(`drop table if exists "identity"."rotated_refresh_token" cascade;`);

    this.addSql(`alter table "identity"."staff" drop constraint "staff_username_unique";`);
    this.addSql(`drop index "identity"."staff_position_idx";`);
    this.addSql(
      `alter table "identity"."staff" drop column "username", drop column "password_hash", drop column "failed_logins", drop column "locked_until", drop column "last_login_at";`,
    );
  }
}
