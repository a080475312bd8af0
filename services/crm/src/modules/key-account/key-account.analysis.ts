import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';

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

  @Field(() => Int, { description: 'spend in fen' })
  spendFen: number;

  @Field(() => Float, { nullable: true, description: 'mean follow-up satisfaction 1–5, null without scores' })
  satisfaction: number | null;

  @Field(() => [DiseaseTypeCount], { description: 'consultations by disease type, most frequent first' })
  diseaseTypes: DiseaseTypeCount[];
}

/** Figures over the account's roster, read from crm's own tables. */
export async function analyseKeyAccount(em: EntityManager, keyAccountId: string): Promise<KeyAccountAnalysis> {
  const conn = em.getConnection();
  const [row] = await conn.execute<{ customers: number; visits: number; deals: number; spend_fen: string; satisfaction: string | null }[]>(
    `with roster as (select id from "crm"."customer" where key_account_id = ?)
     select (select count(*) from roster)::int as customers,
            (select count(*) from "crm"."visit" v where v.customer_id in (select id from roster))::int as visits,
            (select count(*) from "crm"."customer_deal" d where d.customer_id in (select id from roster))::int as deals,
            (select coalesce(sum(d.amount_fen), 0) from "crm"."customer_deal" d where d.customer_id in (select id from roster))::text as spend_fen,
            (select avg(f.satisfaction) from "crm"."follow_up_task" f where f.customer_id in (select id from roster) and f.satisfaction is not null)::text as satisfaction`,
    [keyAccountId],
  );
  const diseases = await conn.execute<{ disease_type: string; count: number }[]>(
    `select disease_type, count(*)::int as count from "crm"."consultation"
     where disease_type is not null and customer_id in (select id from "crm"."customer" where key_account_id = ?)
     group by disease_type order by count desc, disease_type`,
    [keyAccountId],
  );
  return {
    customers: row!.customers,
    visits: row!.visits,
    deals: row!.deals,
    spendFen: Number(row!.spend_fen),
    satisfaction: row!.satisfaction === null ? null : Math.round(Number(row!.satisfaction) * 100) / 100,
    diseaseTypes: diseases.map((d) => ({ diseaseType: d.disease_type, count: d.count })),
  };
}
