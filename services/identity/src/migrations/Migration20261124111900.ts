import { Migration } from '@mikro-orm/migrations';

/**
 * Data, not schema (so written by hand): the hospital's positions, from the operations
 * department's job descriptions. `on conflict do nothing` keeps it safe to run again.
 */
export class Migration20261124111900 extends Migration {
  override name = 'Migration20261124111900';

  override up(): void | Promise<void> {
    this.addSql(`insert into "identity"."position" ("code", "name", "name_en", "sort_order") values
      ('OPS_DIRECTOR', '运营管理部总监', 'Operations Director', 10),
      ('CS_MANAGER', '客服经理', 'Customer Service Manager', 20),
      ('CS_STAFF', '客服专员', 'Customer Service Specialist', 30),
      ('PHONE_CONSULTANT', '电话咨询员', 'Phone Consultant', 40),
      ('ONLINE_CONSULTANT', '网络咨询', 'Online Consultant', 50),
      ('ONSITE_SUPERVISOR', '现场咨询主管', 'On-site Consultation Supervisor', 60),
      ('ONSITE_CONSULTANT', '现场咨询师', 'On-site Consultant', 70),
      ('MEMBER_SPECIALIST', '会员专员', 'Member Specialist', 80),
      ('MEMBER_CENTRE_LEAD', '会员中心主管', 'Member Centre Lead', 90),
      ('GUIDE', '导医', 'Guide', 100),
      ('KEY_ACCOUNT_MANAGER', '客户经理', 'Key Account Manager', 110),
      ('FINANCE_OFFICER', '财务', 'Finance Officer', 120),
      ('AUDITOR', '审计', 'Auditor', 130)
      on conflict do nothing;`);
  }
}
