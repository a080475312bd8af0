import { Tag } from 'antd';
import { useTiers } from '../hooks/use-tiers.js';

const colors: Record<string, string> = { ORDINARY: 'default', SILVER: 'geekblue', GOLD: 'gold', DIAMOND: 'purple' };

/** 等级 as a coloured tag, named as members configures it. */
export function TierTag({ tier }: { tier: string }) {
  const { label } = useTiers();
  return <Tag color={colors[tier] ?? 'blue'}>{label(tier)}</Tag>;
}
