import { useMutation } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMemberFieldsFragment as StaffMember } from '../../../gql/graphql';
import { SetStaffActiveDocument } from '../graphql/staff.documents.js';

/** Deactivates or reactivates someone, and says how it went. */
export function useSetStaffActive() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const [mutate, { loading }] = useMutation(SetStaffActiveDocument);
  const setActive = useCallback(
    async (staff: StaffMember, active: boolean) => {
      try {
        await mutate({ variables: { id: staff.id, active } });
        void message.success(t(active ? 'staff.activated' : 'staff.deactivated', { name: staff.name }));
      } catch (error) {
        void message.error(readGraphqlError(error).message);
      }
    },
    [mutate, message, t],
  );
  return { setActive, loading };
}
