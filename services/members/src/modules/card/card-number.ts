import type { EntityManager } from '@mikro-orm/postgresql';
import { formatCardNumber } from '../membership/membership.rules.js';

/** draws that find their number already used before giving up (only after a sequence reset) */
const MAX_DRAWS = 50;

/**
 * The next never-used card number. A sequence, not max()+1, so numbers of failed enrolments,
 * lost and replaced cards are never handed out again; and each number is claimed in
 * used_card_number first, so even a sequence set back (a restore, a mistake) skips old numbers.
 */
export async function drawCardNumber(em: EntityManager, membershipId: string): Promise<string> {
  const connection = em.getConnection();
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const [row] = await connection.execute<{ n: string }[]>(
      `select nextval('"members"."membership_card_number_seq"') as n`,
      [],
      'all',
      em.getTransactionContext(),
    );
    const number = formatCardNumber(row!.n);
    const claimed = await connection.execute<{ number: string }[]>(
      `insert into "members"."used_card_number" (number, membership_id, used_at) values (?, ?, now()) on conflict do nothing returning number`,
      [number, membershipId],
      'all',
      em.getTransactionContext(),
    );
    if (claimed.length === 1) return number;
  }
  throw new Error(`no unused card number after ${MAX_DRAWS} draws: check members.membership_card_number_seq`);
}
