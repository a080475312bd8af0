import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import type { Caller } from '@careline/service-kit';
import { identityService } from '../src/service.js';
import { statements } from './sql.js';

// 医生 (docs/doctor-schedules.md): doctors are staff with the DOCTOR position and specialities; the
// booking desk lists them by clinical department in name order.

const CREATE = `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id name specialities positionInfo { code name nameEn } } }`;
const DOCTORS = `query ($first: Int, $after: String, $departmentCode: String, $search: String) {
  doctors(first: $first, after: $after, departmentCode: $departmentCode, search: $search) {
    totalCount nodes { id name departmentCode specialities department { name clinical } } pageInfo { hasNextPage endCursor }
  }
}`;
const SPECIALITIES = `mutation ($id: ID!, $specialities: [String!]!) { setStaffSpecialities(id: $id, specialities: $specialities) { id specialities } }`;

const guide: Caller = { kind: 'staff', id: '00000000-0000-7000-8000-0000000000a1', name: '导医', role: 'STAFF', department: 'GUIDE' };
const dentalAdmin: Caller = {
  kind: 'staff',
  id: '00000000-0000-7000-8000-0000000000a2',
  name: '口腔科主任',
  role: 'DEPT_ADMIN',
  department: 'DENTAL',
};

let seq = 0;
describe('identity doctors over GraphQL', () => {
  let db: TestDatabase;
  let identity: TestService;
  const names = (data: any): string[] => data.doctors.nodes.map((n: { name: string }) => n.name);
  const createDoctor = async (name: string, departmentCode: string, specialities: string[] = [], position = 'DOCTOR') => {
    const { data, errors } = await identity.request(CREATE, {
      input: { name, departmentCode, position, specialities, username: `doc${++seq}`, password: 'a good password' },
    });
    expect(errors).toBeUndefined();
    return data.createStaff as { id: string; name: string; specialities: string[] };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    identity = await startTestService(identityService, db.url);
    // 14 dentists, 2 aesthetic doctors, a guide (not a doctor) and a dentist who has left
    for (let i = 0; i < 14; i++) await createDoctor(`口腔医生${String(i).padStart(2, '0')}`, 'DENTAL', ['种植']);
    await createDoctor('美容医生甲', 'AESTHETIC', ['皮肤美容']);
    await createDoctor('美容医生乙', 'AESTHETIC');
    await createDoctor('导医不是医生', 'DENTAL', [], 'GUIDE');
    const left = await createDoctor('口腔医生已离职', 'DENTAL');
    await identity.request(`mutation ($id: ID!) { setStaffActive(id: $id, active: false) { id } }`, { id: left.id });
  });
  afterAll(async () => {
    await identity?.stop();
    await db?.drop();
  });

  it('seeds the DOCTOR position and the clinical departments, and keeps a new doctor’s specialities', async () => {
    const doctor = await createDoctor('专长医生', 'PHYSICAL_EXAM', [' 健康体检 ', '', '健康体检', '内科']);
    expect(doctor.specialities).toEqual(['健康体检', '内科']);
    expect((await identity.request(CREATE, { input: {} })).errors).toBeDefined();
    const { data } = await identity.request(`{ departments { code clinical } positions { code name nameEn } }`);
    expect(data.departments.filter((d: { clinical: boolean }) => d.clinical).map((d: { code: string }) => d.code)).toEqual([
      'DENTAL',
      'AESTHETIC',
      'PHYSICAL_EXAM',
    ]);
    expect(data.positions).toContainEqual({ code: 'DOCTOR', name: '医生', nameEn: 'Doctor' });
  });

  it('lists active doctors of a department in name order, with a name filter, and no one else', async () => {
    const dental = await identity.request(DOCTORS, { first: 100, departmentCode: 'DENTAL' }, undefined, guide);
    expect(dental.errors).toBeUndefined();
    expect(dental.data.doctors.totalCount).toBe(14);
    expect(names(dental.data)).toEqual(Array.from({ length: 14 }, (_, i) => `口腔医生${String(i).padStart(2, '0')}`));
    expect(dental.data.doctors.nodes[0]).toMatchObject({
      departmentCode: 'DENTAL',
      specialities: ['种植'],
      department: { clinical: true },
    });
    const search = await identity.request(DOCTORS, { search: '乙' }, undefined, guide);
    expect(names(search.data)).toEqual(['美容医生乙']);
    const all = await identity.request(DOCTORS, { first: 100 }, undefined, testCallers.director);
    expect(names(all.data)).not.toContain('导医不是医生');
    expect(names(all.data)).not.toContain('口腔医生已离职');
  });

  it('pages the doctors by name: every doctor once, in order, with the same statements for 5 and for 50', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: any = await identity.request(DOCTORS, { first: 4, after, departmentCode: 'DENTAL' }, undefined, guide);
      expect(errors).toBeUndefined();
      seen.push(...names(data));
      if (!data.doctors.pageInfo.hasNextPage) break;
      after = data.doctors.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 14 }, (_, i) => `口腔医生${String(i).padStart(2, '0')}`));
    identity.resetQueries();
    await identity.request(DOCTORS, { first: 5 }, undefined, guide);
    const five = statements(identity.queries).length;
    identity.resetQueries();
    const fifty = await identity.request(DOCTORS, { first: 50 }, undefined, guide);
    expect(fifty.data.doctors.nodes.length).toBeGreaterThan(5);
    expect(statements(identity.queries).length).toBe(five);
  });

  it('refuses the doctors’ list to those who do not book (FORBIDDEN) and limits a clinical admin to their own department', async () => {
    for (const caller of [testCallers.csStaff, testCallers.csAdmin, testCallers.finance, testCallers.auditor]) {
      const { data, errors } = await identity.request(DOCTORS, {}, undefined, caller);
      expect(data?.doctors ?? null).toBeNull();
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await identity.request(DOCTORS, {}, undefined, testCallers.anonymous)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const own = await identity.request(DOCTORS, { first: 100 }, undefined, dentalAdmin);
    expect(own.errors).toBeUndefined();
    expect(own.data.doctors.totalCount).toBe(14);
    const other = await identity.request(DOCTORS, { departmentCode: 'AESTHETIC' }, undefined, dentalAdmin);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
  });

  it('lets an admin set a doctor’s specialities, refuses too many or too long ones and other departments’ admins', async () => {
    const doctor = await createDoctor('改专长医生', 'AESTHETIC');
    const set = await identity.request(
      SPECIALITIES,
      { id: doctor.id, specialities: ['激光', ' 注射美容 '] },
      undefined,
      testCallers.director,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setStaffSpecialities.specialities).toEqual(['激光', '注射美容']);
    const tooLong = await identity.request(
      SPECIALITIES,
      { id: doctor.id, specialities: ['长'.repeat(21)] },
      undefined,
      testCallers.director,
    );
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SPECIALITIES_INVALID' });
    const other = await identity.request(SPECIALITIES, { id: doctor.id, specialities: [] }, undefined, dentalAdmin);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { data } = await identity.request(
      `query ($id: ID!) { staff(id: $id) { specialities } }`,
      { id: doctor.id },
      undefined,
      testCallers.director,
    );
    expect(data.staff.specialities).toEqual(['激光', '注射美容']);
  });

  it('finds colleagues by name for any staff member, active ones only, in name order; a search is required and partners are refused', async () => {
    const COLLEAGUES = `query ($search: String!, $first: Int) { colleagues(search: $search, first: $first) { totalCount nodes { name departmentCode } } }`;
    const financeCaller: Caller = { kind: 'staff', id: '00000000-0000-7000-8000-0000000000a3', name: '财务', role: 'FINANCE' };
    const found = await identity.request(COLLEAGUES, { search: '医生', first: 100 }, undefined, guide);
    expect(found.errors).toBeUndefined();
    const listed = found.data.colleagues.nodes.map((n: { name: string }) => n.name);
    // doctors and the guide alike, in name order, never the one who has left
    expect(listed).toContain('导医不是医生');
    expect(listed).toContain('美容医生甲');
    expect(listed).not.toContain('口腔医生已离职');
    expect(listed).toEqual([...listed].sort());
    expect((await identity.request(COLLEAGUES, { search: '美容医生' }, undefined, financeCaller)).data.colleagues.totalCount).toBe(2);
    const blank = await identity.request(COLLEAGUES, { search: '  ' }, undefined, guide);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const partner = await identity.request(COLLEAGUES, { search: '医生' }, undefined, { kind: 'partner', id: 'k', partnerId: 'p' });
    expect(partner.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
