import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeFailure } from '../api/problem';
import { usePreferences } from '../preferences/preferences';
import { useCan } from '../session/SessionGate';
import { IncidentList } from './IncidentList';
import { OpenIncidentForm } from './OpenIncidentForm';
import { filtersFromSearch, type QueueFilters, searchFromFilters } from './queue-filters';
import { QueueFiltersBar } from './QueueFiltersBar';
import { QUEUE_SHORTCUTS, useQueueShortcuts } from './useQueueShortcuts';
import { useQueue } from './useQueue';

/** The frontline queue: the caller's sites, nearest breach first, filters in the URL. */
export function QueuePage() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const setFilters = (next: QueueFilters) => setSearch(searchFromFilters(next), { replace: true });
  const queue = useQueue(filters);
  const canOpen = useCan('incident:open');
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState(-1);
  const searchField = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { incidents, hasNextPage, isFetchingNextPage, fetchNextPage } = queue;

  const shortcuts = useMemo(
    () => ({
      next: () => setSelected((index) => Math.min(index + 1, incidents.length - 1)),
      previous: () => setSelected((index) => Math.max(index - 1, 0)),
      open: () => {
        const incident = incidents[selected];
        if (incident) void navigate(`/incidents/${incident.id}`);
      },
      newIncident: () => canOpen && setOpening(true),
      search: () => searchField.current?.focus(),
    }),
    [incidents, selected, navigate, canOpen],
  );
  useQueueShortcuts(shortcuts);
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [isFetchingNextPage, fetchNextPage]);

  return (
    <section className="stack queue" aria-labelledby="queue-title">
      <div className="row queue-head">
        <h1 id="queue-title">Queue</h1>
        {canOpen && !opening && (
          <button type="button" onClick={() => setOpening(true)}>
            Open incident
          </button>
        )}
      </div>
      {opening && <OpenIncidentForm onCancel={() => setOpening(false)} />}
      <QueueFiltersBar filters={filters} onChange={setFilters} searchField={searchField} />
      <p className="hint" role="status">
        {queue.isPending
          ? 'Loading incidents…'
          : `${incidents.length}${hasNextPage ? '+' : ''} incidents, nearest breach first`}
      </p>
      {queue.isError && (
        <p role="alert" className="error">
          {describeFailure(queue.error)}
        </p>
      )}
      <IncidentList
        incidents={incidents}
        selectedIndex={selected}
        hasMore={Boolean(hasNextPage)}
        onNearEnd={loadMore}
      />
      <ShortcutHelp />
    </section>
  );
}

function ShortcutHelp() {
  const { shortcuts } = usePreferences();
  if (!shortcuts) return null;
  return (
    <p className="hint">
      Shortcuts (turn them off in Settings):{' '}
      {QUEUE_SHORTCUTS.map(([key, action]) => (
        <span key={key}>
          <kbd>{key}</kbd> {action}.{' '}
        </span>
      ))}
    </p>
  );
}
