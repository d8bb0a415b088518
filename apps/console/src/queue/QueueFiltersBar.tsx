import { SEVERITIES } from '@recovery/domain/incident/incident-vocabulary';
import { type RefObject } from 'react';
import { statusLabel } from '../incident/status-label';
import { type Ownership, type QueueFilters, STATUSES } from './queue-filters';

interface Props {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  searchField: RefObject<HTMLInputElement | null>;
}

/** Filters above the list; every change lands in the URL (see QueuePage). */
export function QueueFiltersBar({ filters, onChange, searchField }: Props) {
  const set = (change: Partial<QueueFilters>) => onChange({ ...filters, ...change });
  return (
    <form
      className="row filters"
      role="search"
      aria-label="Filter incidents"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Search
        <input
          ref={searchField}
          type="search"
          placeholder="Incident id or customer reference"
          defaultValue={filters.search ?? ''}
          onChange={(e) => set({ search: e.target.value.trim() || undefined })}
        />
      </label>
      <label>
        Status
        <select
          value={filters.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as QueueFilters['status'] })}
        >
          <option value="">Any</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select
          value={filters.severity ?? ''}
          onChange={(e) =>
            set({ severity: (e.target.value || undefined) as QueueFilters['severity'] })
          }
        >
          <option value="">Any</option>
          {SEVERITIES.map((severity) => (
            <option key={severity}>{severity}</option>
          ))}
        </select>
      </label>
      <label>
        Category
        <input
          value={filters.category ?? ''}
          onChange={(e) => set({ category: e.target.value.trim() || undefined })}
        />
      </label>
      <fieldset className="row ownership">
        <legend>Assigned</legend>
        {(['anyone', 'me', 'none'] as Ownership[]).map((ownership) => (
          <label key={ownership} className="inline">
            <input
              type="radio"
              name="ownership"
              checked={filters.ownership === ownership}
              onChange={() => set({ ownership })}
            />
            {{ anyone: 'Anyone', me: 'Assigned to me', none: 'Unassigned' }[ownership]}
          </label>
        ))}
      </fieldset>
      {filters.minEscalationLevel !== undefined && (
        <button
          type="button"
          className="quiet"
          onClick={() => set({ minEscalationLevel: undefined })}
        >
          Escalated to level {filters.minEscalationLevel}+ ✕
        </button>
      )}
    </form>
  );
}
