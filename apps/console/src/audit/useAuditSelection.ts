import { useSearchParams } from 'react-router';
import { type AuditSelection } from './audit-queries';

const TEXT_KEYS = ['policyKey', 'from', 'to'] as const;
const NUMBER_KEYS = ['policyVersion', 'compareVersion'] as const;

/** The audit's selection kept in the URL, so a report can be bookmarked and shared. */
export function useAuditSelection(): [AuditSelection, (change: AuditSelection) => void] {
  const [search, setSearch] = useSearchParams();
  const selection: AuditSelection = {};
  for (const key of TEXT_KEYS) {
    const value = search.get(key);
    if (value) selection[key] = value;
  }
  for (const key of NUMBER_KEYS) {
    const value = Number(search.get(key));
    if (Number.isInteger(value) && value > 0) selection[key] = value;
  }
  const select = (change: AuditSelection) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(change)) {
      if (value !== undefined && value !== '') next.set(key, String(value));
    }
    setSearch(next, { replace: true });
  };
  return [selection, select];
}
