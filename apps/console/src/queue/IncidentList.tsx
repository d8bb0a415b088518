import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { type IncidentSummary } from '../api/incident-types';
import { IncidentRow } from './IncidentRow';

// The height of a row on a wide screen: the first guess before a row is measured.
const ROW_HEIGHT = 64;

interface Props {
  incidents: IncidentSummary[];
  selectedIndex: number;
  hasMore: boolean;
  onNearEnd: () => void;
}

/**
 * The queue's rows, virtualised: only the rows in view are in the DOM, so a
 * queue of thousands scrolls as smoothly as one of ten. Rows are measured, not
 * assumed: on a phone a row wraps to several lines. Each row keeps its
 * place in the whole list for screen readers (aria-setsize, aria-posinset).
 */
export function IncidentList({ incidents, selectedIndex, hasMore, onNearEnd }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: incidents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = rows.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && last >= incidents.length - 20) onNearEnd();
  }, [hasMore, last, incidents.length, onNearEnd]);
  useEffect(() => {
    if (selectedIndex >= 0) rows.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [rows, selectedIndex]);
  return (
    <div ref={scroller} className="queue-scroller">
      <div
        role="list"
        aria-label="Incidents"
        style={{ height: rows.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => (
          <div
            key={incidents[item.index].id}
            ref={rows.measureElement}
            data-index={item.index}
            role="listitem"
            aria-setsize={incidents.length}
            aria-posinset={item.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${item.start}px)`,
            }}
          >
            <IncidentRow incident={incidents[item.index]} selected={item.index === selectedIndex} />
          </div>
        ))}
      </div>
    </div>
  );
}
