import { Migration } from '@mikro-orm/migrations';

export class Migration20261204175545 extends Migration {
  override name = 'Migration20261204175545';

  override up(): void | Promise<void> {
    // customer search matches fragments (like '%…%'), which no btree serves: at 100,000 customers every
    // search scanned the table twice (page and count). pg_trgm is a trusted extension (PostgreSQL 13+):
    // the database owner may create it; it goes to the first schema of the search path, where the
    // operator class is found again.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`drop index "crm"."customer_name_initials_idx";`);
    this.addSql(`drop index "crm"."customer_name_pinyin_idx";`);
    this.addSql(`create index "customer_name_trgm_idx" on "crm"."customer" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "customer_phone_trgm_idx" on "crm"."customer" using gin ("phone" gin_trgm_ops);`);
    this.addSql(`create index "customer_name_pinyin_trgm_idx" on "crm"."customer" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "customer_name_initials_pattern_idx" on "crm"."customer" ("name_initials" text_pattern_ops);`);
    this.addSql(`create index "customer_tags_idx" on "crm"."customer" using gin ("tags");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "crm"."customer_name_trgm_idx";`);
    this.addSql(`drop index "crm"."customer_phone_trgm_idx";`);
    this.addSql(`drop index "crm"."customer_name_pinyin_trgm_idx";`);
    this.addSql(`drop index "crm"."customer_name_initials_pattern_idx";`);
    this.addSql(`drop index "crm"."customer_tags_idx";`);
    this.addSql(`create index "customer_name_initials_idx" on "crm"."customer" ("name_initials");`);
    this.addSql(`create index "customer_name_pinyin_idx" on "crm"."customer" ("name_pinyin");`);
    // pg_trgm stays: the extension is the database's, not this schema's
  }
}
