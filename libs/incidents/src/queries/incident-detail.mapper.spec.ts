import {
  type ApprovalView,
  type IncidentState,
  initialIncidentState,
  type PromiseView,
} from '@recovery/domain';
import { toIncidentDetail } from './incident-detail.mapper';

const INCIDENT = '11111111-1111-4111-8111-111111111111';
const fiona = { id: 'fiona', role: 'frontline', name: 'Fiona' } as const;
const sam = { id: 'sam', role: 'supervisor' } as const;

const approval = (overrides: Record<string, unknown>): ApprovalView =>
  ({
    approvalId: 'a-1',
    remedyId: 'r-1',
    remedyType: 'taxi',
    amount: 8000,
    currency: 'EUR',
    requiredAuthority: 'supervisor',
    requestedBy: fiona,
    requestedAt: '2025-03-01T10:01:00.000Z',
    deadline: '2025-03-01T10:11:00.000Z',
    expiresAt: '2025-03-01T10:31:00.000Z',
    status: 'pending',
    ...overrides,
  }) as unknown as ApprovalView;

const promise = (overrides: Record<string, unknown>): PromiseView =>
  ({
    promiseId: 'p-1',
    description: 'Call back by five',
    dueAt: '2025-03-01T17:00:00.000Z',
    madeBy: fiona,
    madeAt: '2025-03-01T10:02:00.000Z',
    fulfilledBy: { kind: 'person', id: 'fiona' },
    requiresConfirmation: false,
    unconfirmed: false,
    status: 'open',
    ...overrides,
  }) as unknown as PromiseView;

const state = {
  ...initialIncidentState,
  incidentId: INCIDENT,
  status: 'acknowledged',
  kind: 'complaint',
  channel: 'phone',
  category: 'vehicle_breakdown',
  severity: 'high',
  customerRef: 'C-1',
  site: 'AMS',
  summary: 'Car will not start',
  policy: { key: 'vehicle-breakdown', version: 3 },
  openedBy: fiona,
  openedAt: '2025-03-01T10:00:00.000Z',
  deadlines: { acknowledgeBy: '2025-03-01T10:10:00.000Z', resolveBy: '2025-03-01T12:00:00.000Z' },
  acknowledgedAt: '2025-03-01T10:00:30.000Z',
  acknowledgedBy: fiona,
  resolutionClockStartedAt: '2025-03-01T10:00:00.000Z',
  remedies: [
    {
      remedyId: 'r-0',
      remedyType: 'taxi',
      amount: 4550,
      currency: 'EUR',
      description: 'Taxi to the hotel',
      requiredAuthority: 'supervisor',
      proposedBy: sam,
      proposedAt: '2025-03-01T10:00:40.000Z',
      status: 'approved',
    },
  ],
  approvals: [
    approval({ approvalId: 'a-0', amount: 1500, currency: 'JPY', status: 'granted' }),
    approval({}),
  ],
  promises: [promise({ promiseId: 'p-0', status: 'kept' }), promise({})],
  noteCount: 2,
  version: 9,
  lastEventAt: '2025-03-01T10:02:00.000Z',
} as unknown as IncidentState;

describe('toIncidentDetail', () => {
  it('states remedy and approval amounts in major units of their currency', () => {
    const detail = toIncidentDetail(state);
    expect(detail.remedies.map((r) => [r.amount, r.currency])).toEqual([[45.5, 'EUR']]);
    expect(detail.approvals.map((a) => [a.amount, a.currency])).toEqual([
      [1500, 'JPY'],
      [80, 'EUR'],
    ]);
    expect(detail.pendingApprovals).toEqual([
      expect.objectContaining({ approvalId: 'a-1', amount: 80 }),
    ]);
  });

  it('names the incident by id and leaves internal fields of the folded state out', () => {
    const detail = toIncidentDetail(state);
    expect(detail).toMatchObject({
      id: INCIDENT,
      status: 'acknowledged',
      version: 9,
      noteCount: 2,
    });
    expect(detail).not.toHaveProperty('incidentId');
    expect(detail).not.toHaveProperty('resolutionClockStartedAt');
  });

  it('lists the open promises and pending approvals beside all of them', () => {
    const detail = toIncidentDetail(state);
    expect(detail.promises.map((p) => p.promiseId)).toEqual(['p-0', 'p-1']);
    expect(detail.openPromises.map((p) => p.promiseId)).toEqual(['p-1']);
    expect(detail.pendingApprovals.map((a) => a.approvalId)).toEqual(['a-1']);
  });

  it('copies no field a view gains later unless it is listed', () => {
    const leaky = {
      ...state,
      promises: [{ ...promise({}), internalNote: 'x' }],
      openedBy: { ...fiona, token: 'secret' },
    } as unknown as IncidentState;
    const detail = toIncidentDetail(leaky);
    expect(detail.promises[0]).not.toHaveProperty('internalNote');
    expect(detail.openedBy).toEqual({ id: 'fiona', role: 'frontline', name: 'Fiona' });
  });
});
