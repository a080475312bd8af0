import { Migration } from '@mikro-orm/migrations';

/**
 * Doctors are staff (docs/doctor-schedules.md, issue 17): the position 医生, the clinical departments
 * the demo books in (口腔科, 美容科, 体检科, marked `clinical` so the booking desk lists only them), and a
 * staff member's specialities (种植, 正畸, 皮肤美容…). The doctors' list of the booking desk reads
 * active doctors by department in name order: an index for it. `on conflict do nothing` keeps the data safe to run again.
 */
export class Migration20261207080000 extends Migration {
  override name = 'Migration20261207080000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."staff" add column "specialities" text[] not null default '{}';`);
    this.addSql(`alter table "identity"."department" add column "clinical" boolean not null default false;`);
    this.addSql(`insert into "identity"."department" ("code", "name", "name_en", "sort_order", "clinical") values
      ('DENTAL', '口腔科', 'Dentistry', 110, true),
      ('AESTHETIC', '美容科', 'Aesthetics', 120, true),
      ('PHYSICAL_EXAM', '体检科', 'Health Check', 130, true)
      on conflict do nothing;`);
    this.addSql(`insert into "identity"."position" ("code", "name", "name_en", "sort_order") values
      ('DOCTOR', '医生', 'Doctor', 200)
      on conflict do nothing;`);
    this.addSql(`create index "staff_position_name_idx" on "identity"."staff" ("position", "name", "id") where "active";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "identity"."staff_position_name_idx";`);
    this.addSql(`alter table "identity"."staff" drop column "specialities";`);
    this.addSql(`alter table "identity"."department" drop column "clinical";`);
  }
}
