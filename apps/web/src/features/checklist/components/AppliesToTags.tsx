import type { AppliesTo } from '@zhifa/shared/contract/checklist';
import { industryTradeSectors } from '@zhifa/shared/rules/industry';
import { Tag } from 'antd';
import { riskFlagName, sectorName } from '../labels';

/** 适用范围: sectors (or 全部行业 / 工贸行业) and the risk flags an enterprise needs. */
export function AppliesToTags({ appliesTo }: { appliesTo: AppliesTo }) {
  const { sectors, riskFlags } = appliesTo;
  const allTrade = sectors !== null && sectors.length === industryTradeSectors.length && industryTradeSectors.every((s) => sectors.includes(s));
  return (
    <span className="tag-list">
      {sectors === null ? <Tag>全部行业</Tag> : allTrade ? <Tag>工贸行业</Tag> : sectors.map((s) => <Tag key={s}>{sectorName(s)}</Tag>)}
      {riskFlags.map((f) => (
        <Tag key={f} color="orange">
          {riskFlagName(f)}
        </Tag>
      ))}
    </span>
  );
}
