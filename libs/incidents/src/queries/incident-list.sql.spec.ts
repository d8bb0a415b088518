import { incidentListWhere } from './incident-list.sql';

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
    const where = incidentListWhere({ assignee: 'fiona' }, { sites: ['*'] });
    expect(where).toEqual({
      clause: "WHERE assignee_kind = 'person' AND assignee_id = $1",
      params: ['fiona'],
    });
  });

  it('adds no site condition for callers of every site', () => {
    expect(incidentListWhere({}, { sites: ['*'] })).toEqual({ clause: '', params: [] });
  });
});
