import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '@careline/service-kit';

@ObjectType()
export class DiseaseTypeCount {
  @Field(() => String)
  diseaseType: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '大客户分析: the account’s people, visits, deals, spend, diseases and satisfaction' })
export class KeyAccountAnalysis {
  @Field(() => Int, { description: 'customers linked to the account' })
  customers: number;

  @Field(() => Int, { description: 'visits (到院) of those customers' })
  visits: number;

  @Field(() => Int, { description: 'deals (distinct receipts)' })
  deals: number;

  @Field(() => FenScalar, { description: 'what they spent (their deals), fen' })
  spendFen: number;

  @Field(() => Float, { nullable: true, description: 'mean follow-up satisfaction 1–5, null without scores' })
  satisfaction: number | null;

  @Field(() => [DiseaseTypeCount], { description: 'consultations by disease type, most frequent first' })
  diseaseTypes: DiseaseTypeCount[];
}
