import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { App, Button, Modal, Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeveloperCandidatesDocument, SetMemberDeveloperDocument } from '../graphql/member-360.documents.js';

/**
 * 开发人: the member's developing specialist by name; the member admin changes or clears it (a staff
 * search by name). analytics credits the member's spend to them (docs/analytics-kpis.md).
 */
export function DeveloperEditor({
  membershipId,
  developer,
  mayChange,
}: {
  membershipId: string;
  developer: { id: string; name: string } | null | undefined;
  mayChange: boolean;
}) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const deferred = useDeferredValue(search.trim());
  const { data, loading } = useQuery(DeveloperCandidatesDocument, {
    variables: { search: deferred },
    skip: !open || deferred.length < 1,
    fetchPolicy: 'cache-first',
  });
  const [save, saving] = useMutation(SetMemberDeveloperDocument, { refetchQueries: ['Member360', 'MembershipHistory'] });

  const submit = async (developerId: string | null) => {
    try {
      await save({ variables: { membershipId, developerId } });
      void message.success(t(developerId ? 'developer.saved' : 'developer.cleared'));
      setOpen(false);
    } catch (error) {
      void message.error(readGraphqlError(error).message);
    }
  };

  return (
    <>
      <span data-testid="members-360-developer">{developer?.name ?? t('developer.none')}</span>
      {mayChange && (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => {
            setChosen(null);
            setSearch('');
            setOpen(true);
          }}
          data-testid="members-360-developer-change"
        >
          {t('developer.change')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('developer.title')}
        okText={t('actions.confirm')}
        okButtonProps={{ disabled: !chosen, loading: saving.loading }}
        onOk={() => void submit(chosen)}
        onCancel={() => setOpen(false)}
        footer={(buttons) => (
          <>
            {developer && (
              <Button danger loading={saving.loading} onClick={() => void submit(null)} data-testid="members-360-developer-clear">
                {t('developer.clear')}
              </Button>
            )}
            {buttons}
          </>
        )}
        destroyOnHidden
      >
        <Select
          showSearch
          allowClear
          style={{ width: '100%' }}
          value={chosen ?? undefined}
          placeholder={t('developer.placeholder')}
          filterOption={false}
          onSearch={setSearch}
          onChange={(value) => setChosen(value ?? null)}
          loading={loading}
          notFoundContent={deferred ? t('developer.noMatch') : t('developer.typeName')}
          options={data?.staffMembers?.nodes.map((person) => ({ value: person.id, label: `${person.name} (${person.username})` }))}
          data-testid="members-360-developer-select"
        />
      </Modal>
    </>
  );
}
