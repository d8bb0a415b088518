import { type InboxItem } from '../api/incident-types';
import { usePolicyVersion } from '../incident/incident-queries';
import { amountAgainstLimits } from './limit-wording';

/** The requested amount against the limits of the incident's policy version for that remedy type. */
export function AmountAgainstLimits({
  item,
  policy,
}: {
  item: InboxItem;
  policy: { key: string; version: number };
}) {
  const version = usePolicyVersion(policy.key, policy.version);
  const rule = version.data?.document.remedies.find((each) => each.type === item.remedyType);
  return <>{amountAgainstLimits(item.amount, item.currency, item.requiredAuthority, rule)}</>;
}
