import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '../auth/roles.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClassType<T = any> = new (...args: any[]) => T;

/**
 * Names for staff ids (docs/staff-names.md): for each `{ field: idField }`, a `field: Staff` next to
 * the record's staff id, answered as a federation stub `{ id }` that the gateway resolves to the
 * person in identity (name, department, position). `staffStub` is the service's own `Staff` key-only
 * type: services share the contract, not the class. A record without the id answers null.
 *
 * Returns a resolver class to add to the feature module's `resolvers`; it reads no database. Whoever
 * on the staff may read the record may read who handled it; partners may not (staff are not partner
 * data: docs/partner-api.md), so the fields carry the staff roles.
 */
export function staffFieldsResolver<T extends object>(
  recordType: ClassType<T>,
  staffStub: ClassType,
  fields: Record<string, Extract<keyof T, string>>,
): ClassType {
  @Resolver(() => recordType)
  class StaffFields {}
  for (const [field, idField] of Object.entries(fields)) {
    const resolve = (root: T): { id: string } | null => {
      const id = root[idField] as unknown;
      return typeof id === 'string' && id ? { id } : null;
    };
    Object.defineProperty(StaffFields.prototype, field, { value: resolve, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(StaffFields.prototype, field)!;
    Root()(StaffFields.prototype, field, 0);
    Authorized(...STAFF_ROLES)(StaffFields.prototype, field, descriptor);
    FieldResolver(() => staffStub, { nullable: true, description: `the staff member of \`${idField}\` (resolved by identity)` })(
      StaffFields.prototype,
      field,
      descriptor,
    );
  }
  Object.defineProperty(StaffFields, 'name', { value: `${recordType.name}StaffFields` });
  return StaffFields;
}
