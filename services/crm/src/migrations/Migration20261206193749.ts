import { Migration } from '@mikro-orm/migrations';

/** crm's idempotency keys: the service kit's IdempotencyKey, one row per key a client sent with a create, holding the first answer. */
export class Migration20261206193749 extends Migration {
  override name = 'Migration20261206193749';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "crm"."idempotency_key" ("key" text not null, "operation" text not null, "request_hash" text not null, "caller_id" text null, "result" jsonb null, "created_at" timestamptz not null, primary key ("key"));`,
    );

    this.addSql(`alter table "crm"."idempotency_key" add constraint "idempotency_key_key_check" check (length(key) between 1 and 200);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "crm"."idempotency_key" cascade;`);
  }
}
