import { type InboxItem } from '../api/incident-types';
import { byDeadline, inboxRows, nextFocus, rememberSeen } from './inbox-rows';

function request(
  approvalId: string,
  deadline: string,
  expiresAt = '2025-01-01T12:00:00Z',
): InboxItem {
  return {
    approvalId,
    incidentId: `incident-${approvalId}`,
    remedyId: `remedy-${approvalId}`,
    remedyType: 'taxi',
    amount: 80,
    currency: 'EUR',
    requiredAuthority: 'supervisor',
    requestedBy: { id: 'fiona', role: 'frontline' },
    requestedAt: '2025-01-01T09:00:00Z',
    deadline,
    expiresAt,
    status: 'pending',
    site: 'AMS',
    cannotDecideBecause: null,
  };
}

const early = request('b', '2025-01-01T09:10:00Z');
const late = request('a', '2025-01-01T09:30:00Z');

describe('inbox order', () => {
  it('puts the oldest deadline first, whatever the ids', () => {
    expect([late, early].sort(byDeadline).map((i) => i.approvalId)).toEqual(['b', 'a']);
  });

  it('breaks a deadline tie by the nearer expiry, then by id', () => {
    const soonExpiring = request('z', early.deadline, '2025-01-01T10:00:00Z');
    const sameAll = request('c', early.deadline);
    expect([sameAll, early, soonExpiring].sort(byDeadline).map((i) => i.approvalId)).toEqual([
      'z',
      'b',
      'c',
    ]);
  });
});

describe('inbox rows', () => {
  it('shows pending requests in deadline order', () => {
    const rows = inboxRows([late, early], [], new Set());
    expect(rows.map((r) => [r.item.approvalId, r.settledElsewhere])).toEqual([
      ['b', false],
      ['a', false],
    ]);
  });

  it('keeps a request seen earlier that someone else settled, marked as settled', () => {
    const rows = inboxRows([late], [early, late], new Set());
    expect(rows.map((r) => [r.item.approvalId, r.settledElsewhere])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('drops what this person decided or dismissed, pending or not', () => {
    expect(inboxRows([late, early], [early], new Set(['b', 'a']))).toEqual([]);
  });

  it('remembers each approval once, with its newest copy', () => {
    const moved = { ...early, deadline: '2025-01-01T09:50:00Z' };
    expect(rememberSeen([early, late], [moved])).toEqual([late, moved]);
  });
});

describe('focus after a decision', () => {
  const third = request('c', '2025-01-01T09:40:00Z');
  const rows = inboxRows([early, late, third], [], new Set());

  it('moves to the next request', () => {
    expect(nextFocus(rows, 'a')).toBe('c');
  });

  it('moves to the previous one after the last', () => {
    expect(nextFocus(rows, 'c')).toBe('a');
  });

  it('skips settled rows, which have nothing to decide', () => {
    const withSettled = inboxRows([late], [early, late], new Set());
    expect(nextFocus(withSettled, 'a')).toBeNull();
  });
});
