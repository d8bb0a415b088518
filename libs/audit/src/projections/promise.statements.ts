import { timeOr, uuidOr, type AuditStatement, type AuditStatementTable } from './audit-statement';

type PromiseTypes =
  'PromiseMade' | 'PromiseConfirmed' | 'PromiseUnconfirmed' | 'PromiseKept' | 'PromiseBroken';

const made: AuditStatement<'PromiseMade'> = {
  pick: 'all',
  columns: {
    promise_id: 'uuid',
    incident_id: 'uuid',
    made_by: 'text',
    made_at: 'timestamptz',
    due_at: 'timestamptz',
    fulfiller_kind: 'text',
    fulfiller_id: 'text',
    requires_confirmation: 'boolean',
  },
  sql: `INSERT INTO audit_promises (promise_id, incident_id, made_by, made_at, due_at, fulfiller_kind,
          fulfiller_id, requires_confirmation)
        SELECT promise_id, incident_id, made_by, made_at, due_at, fulfiller_kind, fulfiller_id,
               requires_confirmation FROM {records} x ORDER BY pos
        ON CONFLICT (promise_id) DO NOTHING`,
  record: (data, { incidentId, event }) => {
    const promiseId = uuidOr(data.promiseId);
    if (!promiseId) return null;
    return {
      promise_id: promiseId,
      incident_id: incidentId,
      made_by: data.madeBy?.id ?? event.metadata.actor.id,
      made_at: timeOr(data.madeAt, event),
      due_at: data.dueAt,
      fulfiller_kind: data.fulfilledBy?.kind,
      fulfiller_id: data.fulfilledBy?.id,
      requires_confirmation: data.requiresConfirmation,
    };
  },
};

/** Fills one promise timestamp column the first time its event arrives. */
function firstTime<T extends PromiseTypes>(
  column: string,
  at: (data: { [k: string]: unknown }) => unknown,
) {
  const statement: AuditStatement<T> = {
    pick: 'first',
    key: 'promise_id',
    columns: { promise_id: 'uuid', at: 'timestamptz' },
    sql: `UPDATE audit_promises p SET ${column} = x.at
            FROM {records} x WHERE p.promise_id = x.promise_id AND p.${column} IS NULL`,
    record: (data, { event }) => {
      const promiseId = uuidOr(data.promiseId);
      return promiseId ? { promise_id: promiseId, at: timeOr(at(data), event) } : null;
    },
  };
  return statement;
}

const kept: AuditStatement<'PromiseKept'> = {
  pick: 'first',
  key: 'promise_id',
  columns: { promise_id: 'uuid', at: 'timestamptz', lateness_ms: 'bigint' },
  sql: `UPDATE audit_promises p SET kept_at = x.at, lateness_ms = x.lateness_ms
          FROM {records} x WHERE p.promise_id = x.promise_id AND p.kept_at IS NULL`,
  record: (data, { event }) => {
    const promiseId = uuidOr(data.promiseId);
    return promiseId
      ? { promise_id: promiseId, at: timeOr(data.keptAt, event), lateness_ms: data.latenessMs }
      : null;
  },
};

/** How promises fill audit_promises. */
export const promiseStatements = {
  PromiseMade: [made],
  PromiseConfirmed: [firstTime<'PromiseConfirmed'>('confirmed_at', (data) => data.confirmedAt)],
  PromiseUnconfirmed: [firstTime<'PromiseUnconfirmed'>('unconfirmed_at', (data) => data.flaggedAt)],
  PromiseKept: [kept],
  PromiseBroken: [firstTime<'PromiseBroken'>('broken_at', (data) => data.brokenAt)],
} satisfies Pick<AuditStatementTable, PromiseTypes>;
