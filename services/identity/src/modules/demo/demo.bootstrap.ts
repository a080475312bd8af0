import type { MikroORM } from '@mikro-orm/postgresql';
import { newId, PARTNER_SCOPES, RequestAudit, type EventBus, type Logger } from '@careline/service-kit';
import { hashPassword } from '../auth/password.js';
import { sha256 } from '../auth/secrets.js';
import { sql } from '../auth/sessions.js';
import { Staff, StaffRole } from '../staff/staff.entity.js';
import { PartnerOrganisation } from '../partner/partner-organisation.entity.js';

export const DEMO_PASSWORD = 'Careline#2026';
export const DEMO_PARTNER = { name: '平安健康管理(广州)有限公司', keyAccountId: '01a20000-0000-7000-8000-000000000001' };
/** every partner scope (docs/partner-api.md), so the demo partner can try each query open to partners */
export const DEMO_PARTNER_SCOPES = [...PARTNER_SCOPES].sort();

export const DEMO_ACCOUNTS = [
  { username: 'director', name: '陈运营', role: StaffRole.OPS_DIRECTOR, departmentCode: 'OPERATIONS', position: 'OPS_DIRECTOR' },
  { username: 'cs.admin', name: '林客服', role: StaffRole.DEPT_ADMIN, departmentCode: 'CUSTOMER_SERVICE', position: 'CS_MANAGER' },
  { username: 'member.admin', name: '黄会员', role: StaffRole.DEPT_ADMIN, departmentCode: 'MEMBER_CENTRE', position: 'MEMBER_CENTRE_LEAD' },
  { username: 'cs.staff', name: '张客服', role: StaffRole.STAFF, departmentCode: 'CUSTOMER_SERVICE', position: 'CS_STAFF' },
  { username: 'finance', name: '王财务', role: StaffRole.FINANCE, departmentCode: 'FINANCE', position: 'FINANCE_OFFICER' },
  { username: 'auditor', name: '赵审计', role: StaffRole.AUDITOR, departmentCode: 'OPERATIONS', position: 'AUDITOR' },
  // the front line of the customer-service centre (crm): phone consultation, guides, on-site consultants
  { username: 'consult.staff', name: '刘咨询', role: StaffRole.STAFF, departmentCode: 'CONSULTATION', position: 'PHONE_CONSULTANT' },
  { username: 'guide', name: '周导医', role: StaffRole.STAFF, departmentCode: 'GUIDE', position: 'GUIDE' },
  { username: 'onsite.admin', name: '吴现场', role: StaffRole.DEPT_ADMIN, departmentCode: 'ONSITE', position: 'ONSITE_SUPERVISOR' },
  { username: 'onsite.a', name: '郑咨询师', role: StaffRole.STAFF, departmentCode: 'ONSITE', position: 'ONSITE_CONSULTANT' },
  { username: 'onsite.b', name: '孙咨询师', role: StaffRole.STAFF, departmentCode: 'ONSITE', position: 'ONSITE_CONSULTANT' },
  // so every scorecard position (绩效考核) has someone: a member specialist who develops members and
  // owns follow-ups (客服部, as the position book places them), and the operations manager
  { username: 'member.staff', name: '何会员', role: StaffRole.STAFF, departmentCode: 'CUSTOMER_SERVICE', position: 'MEMBER_SPECIALIST' },
  { username: 'ops.manager', name: '钱经理', role: StaffRole.STAFF, departmentCode: 'OPERATIONS', position: 'OPS_MANAGER' },
] as const;

/**
 * The demo hospital's doctors (医生), with the ids scripts/lib/demo-hospital.mjs books them by, so
 * the seeded history's bookings resolve to names; the seed gives each a schedule in crm. They may
 * sign in with the demo password, but nothing needs them to.
 */
export const DEMO_DOCTORS = [
  {
    id: '01a30000-0000-7000-8000-00000000d0c1',
    username: 'dr.li',
    name: '李明华',
    departmentCode: 'DENTAL',
    specialities: ['种植', '修复'],
  },
  { id: '01a30000-0000-7000-8000-00000000d0c2', username: 'dr.chen', name: '陈思远', departmentCode: 'DENTAL', specialities: ['正畸'] },
  {
    id: '01a30000-0000-7000-8000-00000000d0c3',
    username: 'dr.huang',
    name: '黄佳怡',
    departmentCode: 'DENTAL',
    specialities: ['牙周', '儿童口腔'],
  },
  {
    id: '01a30000-0000-7000-8000-00000000d0c4',
    username: 'dr.lin',
    name: '林雅琪',
    departmentCode: 'AESTHETIC',
    specialities: ['皮肤美容', '激光'],
  },
  {
    id: '01a30000-0000-7000-8000-00000000d0c5',
    username: 'dr.wu',
    name: '吴嘉欣',
    departmentCode: 'AESTHETIC',
    specialities: ['注射美容'],
  },
  {
    id: '01a30000-0000-7000-8000-00000000d0c6',
    username: 'dr.luo',
    name: '罗建国',
    departmentCode: 'PHYSICAL_EXAM',
    specialities: ['健康体检', '内科'],
  },
] as const;

/**
 * Demo sign-ins (password Careline#2026), the demo partner organisation and, when a secret is
 * given, its API key. Idempotent: what exists is left as it is (a changed password stays changed).
 */
export async function bootstrapDemo(
  scope: { orm: MikroORM; bus: EventBus; log: Logger },
  partnerApiKey: string | undefined,
): Promise<void> {
  const em = scope.orm.em.fork();
  const existing = new Set(
    (await em.find(Staff, { username: { $in: DEMO_ACCOUNTS.map((a) => a.username) } }, { fields: ['username'] })).map((s) => s.username),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.username));
  const doctorsPresent = new Set(
    (await em.find(Staff, { id: { $in: DEMO_DOCTORS.map((d) => d.id) } }, { fields: ['id'] })).map((s) => s.id),
  );
  const missingDoctors = DEMO_DOCTORS.filter((doctor) => !doctorsPresent.has(doctor.id));
  const passwordHash = missing.length || missingDoctors.length ? await hashPassword(DEMO_PASSWORD) : '';
  const audit = new RequestAudit('identity', { kind: 'system', name: 'demo bootstrap' }, 'bootstrap', scope.bus, scope.orm);

  const created = await em.transactional(async (tx) => {
    const ids: string[] = [];
    // insert … on conflict do nothing: two instances starting at once still make each account once
    for (const account of missing) {
      const rows = await sql<{ id: string }>(
        tx,
        `insert into "identity"."staff" (id, name, department_code, position, role, username, password_hash, active, failed_logins, created_at)
         values (?, ?, ?, ?, ?, ?, ?, true, 0, now()) on conflict (username) do nothing returning id`,
        [newId(), account.name, account.departmentCode, account.position, account.role, account.username, passwordHash],
      );
      ids.push(...rows.map((row) => row.id));
    }
    for (const doctor of missingDoctors) {
      const rows = await sql<{ id: string }>(
        tx,
        `insert into "identity"."staff" (id, name, department_code, position, role, username, password_hash, specialities, active, failed_logins, created_at)
         values (?, ?, ?, 'DOCTOR', 'STAFF', ?, ?, ?::text[], true, 0, now()) on conflict do nothing returning id`,
        [doctor.id, doctor.name, doctor.departmentCode, doctor.username, passwordHash, `{${doctor.specialities.join(',')}}`],
      );
      ids.push(...rows.map((row) => row.id));
    }
    const partners = await sql<{ id: string }>(
      tx,
      `insert into "identity"."partner_organisation" (id, name, key_account_id, active, created_at) values (?, ?, ?, true, now())
       on conflict (key_account_id) do nothing returning id`,
      [newId(), DEMO_PARTNER.name, DEMO_PARTNER.keyAccountId],
    );
    ids.push(...partners.map((row) => row.id));
    const partner = await tx.findOneOrFail(PartnerOrganisation, { keyAccountId: DEMO_PARTNER.keyAccountId });
    if (partnerApiKey) {
      const rows = await sql<{ id: string }>(
        tx,
        `insert into "identity"."api_key" (id, partner_id, name, prefix, secret_hash, scopes, created_at)
         values (?, ?, ?, ?, ?, ?::text[], now())
         -- a demo key made before a scope existed gets it: the demo partner tries every partner query
         on conflict (secret_hash) do update set scopes = excluded.scopes where api_key.scopes is distinct from excluded.scopes
         returning id`,
        [newId(), partner.id, '演示密钥 demo key', partnerApiKey.slice(0, 8), sha256(partnerApiKey), `{${DEMO_PARTNER_SCOPES.join(',')}}`],
      );
      ids.push(...rows.map((row) => row.id));
    }
    if (ids.length) await audit.change(tx, { operation: 'bootstrap demo', targetType: 'DemoData', targetIds: ids, fields: [] });
    return ids.length;
  });
  scope.log.info(
    { created, accounts: DEMO_ACCOUNTS.map((a) => a.username), doctors: DEMO_DOCTORS.length, partnerApiKey: Boolean(partnerApiKey) },
    'demo accounts ready',
  );
}
