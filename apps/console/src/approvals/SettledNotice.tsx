import { type SettledApproval, settledText } from './decision-wording';
import { useInstantFormat } from '../time/useInstantFormat';

/** A request someone else settled while it was on this screen: who decided, how, and why. */
export function SettledNotice({
  approval,
  onDismiss,
}: {
  approval: SettledApproval | undefined;
  onDismiss: () => void;
}) {
  const showTime = useInstantFormat();
  return (
    <div className="row">
      <p role="status">{settledText(approval, showTime)}</p>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
