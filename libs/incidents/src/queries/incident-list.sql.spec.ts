import { InvalidCursor } from '../incident-not-found.error';
import { INCIDENT_LIST_ORDER, incidentListWhere } from './incident-list.sql';
import { encodeCursor } from './list-cursor.util';

const ID = '0b0e7a5e-9a8f-4c4e-8d6f-2d1f0c1b2a3c';
const EVERYWHERE = { sites: ['*'] };

describe('incidentListWhere', () => {
  it('always limits a caller to their sites, then adds each filter as a parameter', () => {
    const where = incidentListWhere(
      { status: 'open', severity: 'high', openedFrom: '2026-01-01T00:00:00Z' },
      { sites: ['AMS', 'RTM'] },
    );
    expect(where.clause).toBe(
      'WHERE site = ANY($1::text[]) AND status = $2 AND severity = $3 AND opened_at >= $4',
    );
    expect(where.params).toEqual([['AMS', 'RTM'], 'open', 'high', '2026-01-01T00:00:00Z']);
  });

  it('lists the incidents a person owns by assignee', () => {
    const where = incidentListWhere({ owner: { personId: 'fiona' } }, EVERYWHERE);
    expect(where).toEqual({
      clause: "WHERE assignee_kind = 'person' AND assignee_id = $1",
      params: ['fiona'],
    });
  });

  it('lists the incidents nobody owns, with no parameter', () => {
    expect(incidentListWhere({ owner: { unassigned: true } }, EVERYWHERE)).toEqual({
      clause: 'WHERE assignee_id IS NULL',
      params: [],
    });
  });

  it('keeps incidents escalated to at least the given level', () => {
    expect(incidentListWhere({ minEscalationLevel: 2 }, EVERYWHERE)).toEqual({
      clause: 'WHERE escalation_level >= $1',
      params: [2],
    });
  });

  it('searches a customer reference through the key id of the customer it names', () => {
    const keyId = '7f3c9a52-0d4e-4b8a-9a51-2f6f1c0de111';
    expect(incidentListWhere({ q: 'C-1001', customerKeyId: keyId }, EVERYWHERE)).toEqual({
      clause: 'WHERE (customer_key_id = $1::uuid)',
      params: [keyId],
    });
  });

  it('matches nothing for a reference no customer has and that is no incident id', () => {
    expect(incidentListWhere({ q: 'C-1001' }, EVERYWHERE)).toEqual({
      clause: 'WHERE false',
      params: [],
    });
  });

  it('searches a uuid as an incident id', () => {
    expect(incidentListWhere({ q: ID.toUpperCase() }, EVERYWHERE)).toEqual({
      clause: 'WHERE (incident_id = $1::uuid)',
      params: [ID.toUpperCase()],
    });
  });

  it('continues newest first after the cursor row', () => {
    const cursor = encodeCursor({ sort: 'newest', openedAt: '2026-01-01T10:00:00.000Z', id: ID });
    expect(incidentListWhere({ cursor }, EVERYWHERE)).toEqual({
      clause: 'WHERE (opened_at, incident_id) < ($1::timestamptz, $2::uuid)',
      params: ['2026-01-01T10:00:00.000Z', ID],
    });
  });

  it('continues nearest breach first after a row with a deadline, rows without one still to come', () => {
    const cursor = encodeCursor({
      sort: 'nearestBreach',
      nextDeadline: '2026-01-01T10:10:00.000Z',
      id: ID,
    });
    expect(incidentListWhere({ cursor, sort: 'nearestBreach' }, EVERYWHERE)).toEqual({
      clause:
        'WHERE ((next_deadline, incident_id) > ($1::timestamptz, $2::uuid) OR next_deadline IS NULL)',
      params: ['2026-01-01T10:10:00.000Z', ID],
    });
  });

  it('continues among the rows without a deadline once they are reached', () => {
    const cursor = encodeCursor({ sort: 'nearestBreach', nextDeadline: null, id: ID });
    expect(incidentListWhere({ cursor, sort: 'nearestBreach' }, EVERYWHERE)).toEqual({
      clause: 'WHERE (next_deadline IS NULL AND incident_id > $1::uuid)',
      params: [ID],
    });
  });

  it('refuses a cursor of the other order', () => {
    const cursor = encodeCursor({ sort: 'nearestBreach', nextDeadline: null, id: ID });
    expect(() => incidentListWhere({ cursor }, EVERYWHERE)).toThrow(InvalidCursor);
  });

  it('adds no site condition for callers of every site', () => {
    expect(incidentListWhere({}, EVERYWHERE)).toEqual({ clause: '', params: [] });
  });
});

describe('INCIDENT_LIST_ORDER', () => {
  it('orders by the cursor columns, id last, so each sort is total', () => {
    expect(INCIDENT_LIST_ORDER).toEqual({
      newest: 'ORDER BY opened_at DESC, incident_id DESC',
      nearestBreach: 'ORDER BY next_deadline ASC NULLS LAST, incident_id ASC',
    });
  });
});
