import { Extensions, Field, InputType } from 'type-graphql';

@InputType({
  description:
    'A CSV or XLSX file of customers (first row: column names such as 姓名, 手机号, 性别, 渠道, 区域, 生日, 微信, 地址, 标签, 营销同意)',
})
export class StartCustomerImportInput {
  @Field(() => String, { description: 'ends in .csv or .xlsx' })
  filename: string;

  // 5 MB in base64 is 4/3 as many characters; the service checks the decoded size
  @Field(() => String, { description: 'the file, base64, at most 5 MB' })
  @Extensions({ maxLength: 7_000_000 })
  contentBase64: string;

  @Field(() => Boolean, { defaultValue: false, description: 'report what would change without changing anything' })
  dryRun: boolean;
}
