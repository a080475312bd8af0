import { Migration } from '@mikro-orm/migrations';

/**
 * Data only, written by hand: the four tiers (thresholds on spend in the rolling 12 months, in
 * fen; the operations director edits them with updateTier), and every card number handed out so
 * far claimed in used_card_number, so no number in use is ever drawn again.
 */
export class Migration20261124115800 extends Migration {
  override name = 'Migration20261124115800';

  override up(): void | Promise<void> {
    this.addSql(`insert into "members"."tier" (code, name_zh, name_en, rank, min_spend_fen, multiplier, discount_percent, benefits) values
      ('ORDINARY', '普通会员', 'Ordinary', 1, 0, 1.00, 0, array['消费积分', '生日祝福']),
      ('SILVER', '银卡会员', 'Silver', 2, 500000, 1.20, 2, array['消费积分 ×1.2', '生日祝福', '会员活动优先报名']),
      ('GOLD', '金卡会员', 'Gold', 3, 2000000, 1.50, 5, array['消费积分 ×1.5', '生日礼品', '专属客服', '每年免费体检一次']),
      ('DIAMOND', '钻石会员', 'Diamond', 4, 5000000, 2.00, 10, array['消费积分 ×2', '生日礼品', '专属客户经理', '专家优先预约', '每年免费体检两次'])
      on conflict (code) do nothing;`);
    this.addSql(`insert into "members"."used_card_number" (number, membership_id, used_at)
      select card_number, id, created_at from "members"."membership" on conflict do nothing;`);
  }
}
