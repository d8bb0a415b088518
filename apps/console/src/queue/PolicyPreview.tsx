import { type ClockKind } from '../api/policy-types';
import { ApiProblem } from '../api/problem';
import { formatPolicyDuration } from '../time/policy-duration';
import { usePolicyPreview } from './usePolicyPreview';

/** Before submitting: which policy will apply and the deadlines it sets. */
export function PolicyPreview(fields: { category: string; severity: string; site: string }) {
  const preview = usePolicyPreview(fields);
  if (!fields.category || !fields.severity || !fields.site) {
    return (
      <p className="hint">Choose category, severity and site to see the policy that applies.</p>
    );
  }
  if (preview.isPending) return <p className="hint">Looking up the policy…</p>;
  if (preview.isError) {
    const none = preview.error instanceof ApiProblem && preview.error.status === 404;
    return (
      <p className="hint">
        {none ? 'No policy applies to these fields.' : 'The policy cannot be shown right now.'}
      </p>
    );
  }
  const { key, version, document } = preview.data;
  return (
    <p className="card policy-preview" aria-live="polite">
      Policy <strong>{document.title}</strong> ({key} v{version}): acknowledge within{' '}
      <strong>{formatPolicyDuration(document.acknowledgeWithin)}</strong>
      {businessHoursMark(document.clocks?.acknowledge)}, resolve within{' '}
      <strong>{formatPolicyDuration(document.resolveWithin)}</strong>
      {businessHoursMark(document.clocks?.resolve)}.
    </p>
  );
}

// The site's calendar decides the actual deadline; the preview can only say which clocks count it.
function businessHoursMark(kind: ClockKind | undefined): string {
  return kind === 'business' ? ' of the site’s business hours' : '';
}
