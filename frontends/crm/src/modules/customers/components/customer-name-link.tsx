import { useQuery } from '@apollo/client/react';
import { Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { CustomerNameDocument } from '../graphql/customer-name.documents.js';

/** The customer's name (and phone) linking to 客户360; the id alone when the name cannot be read. */
export function CustomerNameLink({ id }: { id: string | null }) {
  const path = useCrmPath();
  const { data, loading } = useQuery(CustomerNameDocument, { variables: { id: id ?? '' }, skip: !id, errorPolicy: 'all' });
  if (!id) return <>—</>;
  if (loading && !data) return <Skeleton.Input active size="small" />;
  const customer = data?.customer;
  return (
    <Link to={path(`customers/${id}`)} data-testid={`crm-customer-link-${id}`}>
      {customer ? customer.name : `#${id}`}
      {customer && (
        <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
          {customer.phone}
        </Typography.Text>
      )}
    </Link>
  );
}
