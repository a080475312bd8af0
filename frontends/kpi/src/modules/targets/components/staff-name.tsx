import { useQuery } from '@apollo/client/react';
import { TargetStaffNameDocument } from '../graphql/targets.documents.js';

/** A staff member's name from their id (cached per id, so a table of targets asks once per person). */
export function StaffName({ id }: { id: string }) {
  const { data } = useQuery(TargetStaffNameDocument, { variables: { id } });
  return <>{data?.staff?.name ?? id.slice(0, 8)}</>;
}
