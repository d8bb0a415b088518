import { minorUnits } from '../money/money';
import { type PolicyDocument, type PolicyVersion } from './policy-document';
import { remedyLimits, requiredAuthority, roleCovers } from './remedy-authority.util';
import { selectPolicy } from './select-policy.util';
import { MAX_POLICY_DURATION_MS, validatePolicyDocument } from './validate-policy.util';

const vehicle: PolicyDocument = {
  key: 'vehicle-breakdown',
  title: 'Vehicle does not start or breaks down',
  appliesTo: { categories: ['vehicle_breakdown'], severities: ['high', 'critical'] },
  acknowledgeWithin: 'PT90S',
  resolveWithin: 'PT2H',
  escalation: [
    { after: 'PT5M', to: 'supervisor' },
    { after: 'PT15M', to: 'manager' },
  ],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
  approvalTimeout: 'PT10M',
  followUpAfter: 'P1D',
  feedbackWindow: 'P3D',
};

const version = (
  document: PolicyDocument,
  v: number,
  createdAt = '2025-01-01T00:00:00.000Z',
): PolicyVersion => ({
  key: document.key,
  version: v,
  document,
  createdAt,
  createdBy: 'admin',
});

describe('validatePolicyDocument', () => {
  it('accepts the document from the issue', () => {
    expect(validatePolicyDocument(vehicle)).toEqual({ ok: true, policy: vehicle });
  });

  it('names every bad field', () => {
    const result = validatePolicyDocument({
      ...vehicle,
      acknowledgeWithin: '90 seconds',
      escalation: [],
      remedies: [
        { type: 'taxi', frontlineLimit: 200, supervisorLimit: 150, currency: 'euro' },
        { type: 'refund', frontlineLimit: 10, supervisorLimit: 150, currency: 'EUR' },
      ],
      surprise: true,
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'acknowledgeWithin',
        'escalation',
        'remedies[0].currency',
        'surprise',
      ]),
    );
  });

  it('accepts business clocks and a business-hours-only rung, and names bad ones (issue 12)', () => {
    const business: PolicyDocument = {
      ...vehicle,
      clocks: { resolve: 'business' },
      escalation: [{ after: 'PT5M', to: 'supervisor', businessHoursOnly: true }],
    };
    expect(validatePolicyDocument(business)).toEqual({ ok: true, policy: business });
    const result = validatePolicyDocument({
      ...vehicle,
      clocks: { acknowledge: 'office', follow: 'business' },
      escalation: [{ after: 'PT5M', to: 'supervisor', businessHoursOnly: 'yes' }],
    });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'clocks.acknowledge',
      'clocks.follow',
      'escalation[0].businessHoursOnly',
    ]);
  });

  it('refuses a supervisor limit below the frontline limit', () => {
    const result = validatePolicyDocument({
      ...vehicle,
      remedies: [{ type: 'taxi', frontlineLimit: 200, supervisorLimit: 150, currency: 'EUR' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'remedies[0].supervisorLimit', message: 'must be at least frontlineLimit' },
      ],
    });
  });

  it('refuses an empty remedy list and a rung to an unknown role', () => {
    const result = validatePolicyDocument({
      ...vehicle,
      remedies: [],
      escalation: [{ after: 'PT1M', to: 'ceo' }],
    });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'escalation[0].to',
      'remedies',
    ]);
  });

  it('refuses every duration longer than a year, naming each', () => {
    const result = validatePolicyDocument({
      ...vehicle,
      acknowledgeWithin: 'P99999999W',
      resolveWithin: 'P367D',
      approvalTimeout: 'PT8785H',
      followUpAfter: 'P53W',
      feedbackWindow: 'P366DT1S',
      confirmPromiseWithin: 'P1000D',
      escalation: [
        { after: 'PT5M', to: 'supervisor' },
        { after: 'P400D', to: 'manager' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'acknowledgeWithin',
        'resolveWithin',
        'approvalTimeout',
        'followUpAfter',
        'feedbackWindow',
        'confirmPromiseWithin',
        'escalation[1].after',
      ].map((field) => ({ field, message: 'must be at most one year (P366D)' })),
    });
  });

  it('accepts durations of exactly one year', () => {
    const yearLong = {
      ...vehicle,
      acknowledgeWithin: 'P366D',
      resolveWithin: 'P52W2D',
      approvalTimeout: 'PT8784H',
      followUpAfter: 'P366D',
      feedbackWindow: 'P366D',
      confirmPromiseWithin: 'P366D',
      escalation: [{ after: 'P366D', to: 'supervisor' }],
    };
    expect(MAX_POLICY_DURATION_MS).toBe(366 * 24 * 3600 * 1000);
    expect(validatePolicyDocument(yearLong)).toEqual({ ok: true, policy: yearLong });
  });
});

describe('selectPolicy', () => {
  const fallback = version({ ...vehicle, key: 'default', appliesTo: {}, isDefault: true }, 1);
  const v1 = version(vehicle, 1);
  const v2 = version({ ...vehicle, resolveWithin: 'PT1H' }, 2, '2025-02-01T00:00:00.000Z');

  it('uses the newest version of an explicit key', () => {
    expect(
      selectPolicy([v1, v2, fallback], {
        policyKey: 'vehicle-breakdown',
        category: 'other',
        severity: 'low',
      }),
    ).toMatchObject({ found: true, policy: { version: 2 }, reason: 'explicit_key' });
  });

  it('reports an unknown explicit key', () => {
    expect(
      selectPolicy([v1], { policyKey: 'nope', category: 'vehicle_breakdown', severity: 'high' }),
    ).toEqual({ found: false, reason: 'unknown_key' });
  });

  it('matches appliesTo before falling back to the default', () => {
    expect(
      selectPolicy([fallback, v1, v2], { category: 'vehicle_breakdown', severity: 'critical' }),
    ).toMatchObject({ policy: { key: 'vehicle-breakdown', version: 2 }, reason: 'applies_to' });
    expect(
      selectPolicy([fallback, v1, v2], { category: 'vehicle_breakdown', severity: 'low' }),
    ).toMatchObject({ policy: { key: 'default' }, reason: 'default' });
  });
});

describe('remedy authority', () => {
  const taxi = vehicle.remedies[0];
  it('maps amounts to the lowest authority that may grant them', () => {
    const limits = remedyLimits(taxi);
    expect(requiredAuthority(minorUnits(2500), limits)).toBe('frontline');
    expect(requiredAuthority(minorUnits(2501), limits)).toBe('supervisor');
    expect(requiredAuthority(minorUnits(15000), limits)).toBe('supervisor');
    expect(requiredAuthority(minorUnits(15001), limits)).toBe('manager');
  });

  it('lets higher roles cover lower authorities and never executives', () => {
    expect(roleCovers('supervisor', 'frontline')).toBe(true);
    expect(roleCovers('supervisor', 'manager')).toBe(false);
    expect(roleCovers('manager', 'manager')).toBe(true);
    expect(roleCovers('executive', 'frontline')).toBe(false);
  });
});
