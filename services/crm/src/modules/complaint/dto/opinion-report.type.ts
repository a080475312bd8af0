import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of the week’s complaints and suggestions share one value' })
export class OpinionCount {
  @Field(() => String)
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '医院客户服务意见表: the week’s complaints and suggestions, summarised' })
export class OpinionReport {
  @Field(() => String, { description: 'the Monday the week starts on (hospital calendar)' })
  weekOf: string;

  @Field(() => Date)
  from: Date;

  @Field(() => Date, { description: 'exclusive' })
  to: Date;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int)
  suggestions: number;

  @Field(() => Int)
  emergencies: number;

  @Field(() => Int, { description: 'of the week’s complaints and suggestions, those that ran past a time limit at some stage (so far)' })
  overdue: number;

  @Field(() => Int, {
    description:
      'complaints and suggestions, whenever received, that first ran past a time limit during the week (escalated by the time-limit job)',
  })
  overdueInWeek: number;

  @Field(() => [OpinionCount])
  byCategory: OpinionCount[];

  @Field(() => [OpinionCount])
  bySeverity: OpinionCount[];

  @Field(() => [OpinionCount], { description: 'department concerned (NONE when not named)' })
  byDepartment: OpinionCount[];

  @Field(() => [OpinionCount], { description: 'status now' })
  byStatus: OpinionCount[];
}
