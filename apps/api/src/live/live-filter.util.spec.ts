import { type ApprovalChange, type IncidentChange } from './live-change';
import { isVisibleTo, viewerOf } from './live-filter.util';

const incidentAt = (site: string): IncidentChange => ({
  kind: 'incident',
  incidentId: '6f1c3c1e-2a57-4a51-9d7e-0b8f3f1c2d10',
  site,
  version: 3,
  status: 'acknowledged',
});
const approvalAt = (site: string): ApprovalChange => ({
  kind: 'approval',
  approvalId: '0d5c8a7e-93b4-4c3e-8a55-2e6f9b1a7c44',
  incidentId: '6f1c3c1e-2a57-4a51-9d7e-0b8f3f1c2d10',
  site,
  status: 'pending',
});
const caller = (role: string, sites: string[]) => ({
  actor: { id: `${role}-1`, role: role as 'frontline' },
  sites,
});
// Delegations in effect at connect time: none, or one lent at `sites`.
const NONE: { sites: string[] }[] = [];
const lentAt = (...sites: string[]) => [{ sites }];

describe('isVisibleTo', () => {
  it('sends incidents of the caller’s own sites and no others', () => {
    const viewer = viewerOf(caller('frontline', ['AMS', 'RTM']), NONE);
    expect(isVisibleTo(viewer, incidentAt('AMS'))).toBe(true);
    expect(isVisibleTo(viewer, incidentAt('RTM'))).toBe(true);
    expect(isVisibleTo(viewer, incidentAt('LHR'))).toBe(false);
  });

  it('sends every site to a caller with sites ["*"]', () => {
    const viewer = viewerOf(caller('executive', ['*']), NONE);
    expect(isVisibleTo(viewer, incidentAt('LHR'))).toBe(true);
    expect(isVisibleTo(viewer, approvalAt('LHR'))).toBe(true);
  });

  it('sends no approvals to frontline staff, even of their own site', () => {
    const viewer = viewerOf(caller('frontline', ['AMS']), NONE);
    expect(viewer.approvalSites).toEqual([]);
    expect(isVisibleTo(viewer, approvalAt('AMS'))).toBe(false);
  });

  it('sends a frontline delegate approvals of their sites and the delegation’s, incidents of theirs only', () => {
    const viewer = viewerOf(caller('frontline', ['AMS']), lentAt('RTM'));
    expect(isVisibleTo(viewer, approvalAt('AMS'))).toBe(true);
    expect(isVisibleTo(viewer, approvalAt('RTM'))).toBe(true);
    expect(isVisibleTo(viewer, approvalAt('LHR'))).toBe(false);
    expect(isVisibleTo(viewer, incidentAt('RTM'))).toBe(false);
  });

  it('adds a delegation’s sites to the approvals of a role that reads them', () => {
    const viewer = viewerOf(caller('supervisor', ['RTM']), lentAt('AMS'));
    expect(viewer.approvalSites).toEqual(['RTM', 'AMS']);
  });

  it('sends approvals to roles with approval:read, only of their sites', () => {
    for (const role of ['supervisor', 'manager', 'executive', 'admin']) {
      const viewer = viewerOf(caller(role, ['AMS']), NONE);
      expect([role, isVisibleTo(viewer, approvalAt('AMS'))]).toEqual([role, true]);
      expect([role, isVisibleTo(viewer, approvalAt('RTM'))]).toEqual([role, false]);
    }
  });

  it('sends nothing to a caller bound to no site', () => {
    const viewer = viewerOf(caller('supervisor', []), NONE);
    expect(isVisibleTo(viewer, incidentAt('AMS'))).toBe(false);
    expect(isVisibleTo(viewer, approvalAt('AMS'))).toBe(false);
  });

  it('treats an unknown role (system) as one that reads no approvals, delegation or not', () => {
    for (const lent of [NONE, lentAt('AMS')]) {
      const viewer = viewerOf(caller('system', ['*']), lent);
      expect(isVisibleTo(viewer, approvalAt('AMS'))).toBe(false);
    }
  });
});
