import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyAccountAnalysis } from './dto/key-account-analysis.type.js';

/** Figures over each account's roster, read from crm's own tables: two grouped queries for any number of accounts. */
export async function analyseKeyAccounts(em: EntityManager, keyAccountIds: readonly string[]): Promise<KeyAccountAnalysis[]> {
  const conn = em.getConnection();
  const ids = [...new Set(keyAccountIds)];
  const list = ids.map(() => '?').join(', ');
  const rows = await conn.execute<
    { key_account_id: string; customers: number; visits: number; deals: number; spend_fen: string; satisfaction: string | null }[]
  >(
    `with roster as (select id, key_account_id from "crm"."customer" where key_account_id in (${list}))
     select r.key_account_id,
            count(*)::int as customers,
            coalesce(sum((select count(*) from "crm"."visit" v where v.customer_id = r.id)), 0)::int as visits,
            coalesce(sum((select count(*) from "crm"."customer_deal" d where d.customer_id = r.id)), 0)::int as deals,
            coalesce(sum((select coalesce(sum(d.amount_fen), 0) from "crm"."customer_deal" d where d.customer_id = r.id)), 0)::text as spend_fen,
            (select avg(f.satisfaction) from "crm"."follow_up_task" f
              where f.customer_id in (select id from roster x where x.key_account_id = r.key_account_id) and f.satisfaction is not null)::text as satisfaction
     from roster r group by r.key_account_id`,
    ids,
  );
  const diseases = await conn.execute<{ key_account_id: string; disease_type: string; count: number }[]>(
    `select c.key_account_id, s.disease_type, count(*)::int as count
     from "crm"."consultation" s join "crm"."customer" c on c.id = s.customer_id
     where s.disease_type is not null and c.key_account_id in (${list})
     group by c.key_account_id, s.disease_type order by c.key_account_id, count desc, s.disease_type`,
    ids,
  );
  const byId = new Map(rows.map((row) => [row.key_account_id, row]));
  return keyAccountIds.map((id) => {
    const row = byId.get(id);
    return {
      customers: row?.customers ?? 0,
      visits: row?.visits ?? 0,
      deals: row?.deals ?? 0,
      spendFen: Number(row?.spend_fen ?? 0),
      satisfaction: row?.satisfaction == null ? null : Math.round(Number(row.satisfaction) * 100) / 100,
      diseaseTypes: diseases.filter((d) => d.key_account_id === id).map((d) => ({ diseaseType: d.disease_type, count: d.count })),
    };
  });
}
