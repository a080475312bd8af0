import { Migration } from '@mikro-orm/migrations';

export class Migration20261124105001 extends Migration {
  override name = 'Migration20261124105001';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(
      `create table "identity"."department" ("code" text not null, "name" text not null, "name_en" text not null, "sort_order" int not null default 0, primary key ("code"));`,
    );

    this.addSql(
      `create table "identity"."staff" ("id" uuid not null, "name" text not null, "department_code" text not null, "position" text not null, "role" text not null default 'STAFF', "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "staff_name_idx" on "identity"."staff" ("name");`);
    this.addSql(`create index "staff_department_code_idx" on "identity"."staff" ("department_code");`);
    this.addSql(
      `alter table "identity"."staff" add constraint "staff_role_check" check ("role" in ('OPS_DIRECTOR', 'DEPT_ADMIN', 'STAFF', 'FINANCE', 'AUDITOR'));`,
    );

    this.addSql(
      `alter table "identity"."staff" add constraint "staff_department_code_foreign" foreign key ("department_code") references "identity"."department" ("code");`,
    );
  }
}
