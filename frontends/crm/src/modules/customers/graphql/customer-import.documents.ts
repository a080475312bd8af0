import { graphql } from '../../../gql';

// 批量导入: start a dry run or a real run of a CSV / XLSX, then poll the job for progress and outcome.

export const CustomerImportFragment = graphql(`
  fragment CustomerImportJob on CustomerImport {
    id
    filename
    dryRun
    status
    total
    processed
    created
    updated
    unchanged
    failure
    rowErrors {
      row
      field
      reason
      value
      otherRow
    }
  }
`);

export const StartCustomerImportDocument = graphql(`
  mutation CrmStartCustomerImport($input: StartCustomerImportInput!) {
    startCustomerImport(input: $input) {
      ...CustomerImportJob
    }
  }
`);

export const CustomerImportDocument = graphql(`
  query CrmCustomerImport($id: ID!) {
    customerImport(id: $id) {
      ...CustomerImportJob
    }
  }
`);
