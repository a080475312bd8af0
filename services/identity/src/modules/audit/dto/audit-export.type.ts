import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The audit log as an Excel workbook (.xlsx), newest first' })
export class AuditExport {
  @Field(() => String)
  filename: string;

  @Field(() => String, { description: 'the .xlsx file, base64' })
  contentBase64: string;

  @Field(() => Int, { description: 'entries in the file' })
  rows: number;

  @Field(() => Boolean, { description: 'more entries matched than one file holds (50 000): narrow the period' })
  truncated: boolean;
}
