import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICIES, PoliciesService, PolicyVersionRepository } from '@recovery/policies';
import { dataSourceOptions } from '@recovery/database';
import { InvalidPolicyDocument, type PolicyDocument, PolicyNotFound } from '@recovery/domain';
import { fromGlobalSetup } from '../support/test-database';

// The shared database: every policy written here has a fresh key and applies only to a
// fresh category, so it never changes which policy another test's incident is pinned to.
let dataSource: DataSource;
let policies: PoliciesService;

const freshKey = (): string => `int-${randomUUID().slice(0, 12)}`;
const freshCategory = (): string => `int_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

function documentFor(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    key: freshKey(),
    title: 'Integration test policy',
    appliesTo: { categories: [freshCategory()] },
    acknowledgeWithin: 'PT10M',
    resolveWithin: 'PT2H',
    escalation: [
      { after: 'PT5M', to: 'supervisor' },
      { after: 'PT15M', to: 'manager' },
    ],
    remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
    approvalTimeout: 'PT10M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  // As the owner: the triggers below must refuse even the role that may bypass grants.
  const url = fromGlobalSetup('MIGRATION_DATABASE_URL');
  // logging off: the refused UPDATE/DELETE below are expected failures, not noise to print.
  dataSource = await new DataSource({
    ...dataSourceOptions(url, 'policies-int-spec'),
    logging: false,
  }).initialize();
  policies = new PoliciesService(new PolicyVersionRepository(dataSource));
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe('PoliciesService (real PostgreSQL)', () => {
  it('stores version 1 for a new key and version n+1 for an existing key, leaving old versions as they were', async () => {
    const first = documentFor();
    const v1 = await policies.createVersion(first, 'alice');
    const v2 = await policies.createVersion({ ...first, title: 'Second thoughts' }, 'bob');
    const v3 = await policies.createVersion({ ...first, acknowledgeWithin: 'PT1M' }, 'carol');

    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    expect(await policies.get(first.key, 1)).toEqual({ ...v1, document: first });
    expect((await policies.get(first.key, 2)).document.title).toBe('Second thoughts');
    expect((await policies.versionsOf(first.key)).map((v) => [v.version, v.createdBy])).toEqual([
      [3, 'carol'],
      [2, 'bob'],
      [1, 'alice'],
    ]);
    const listed = (await policies.list()).find((p) => p.key === first.key);
    expect(listed).toMatchObject({ version: 3, document: { acknowledgeWithin: 'PT1M' } });
  });

  it('refuses UPDATE and DELETE of a stored version in the database itself', async () => {
    const document = documentFor();
    await policies.createVersion(document, 'alice');

    const update = await rejection(
      dataSource.query(
        `UPDATE policy_versions SET document = jsonb_set(document, '{title}', '"hacked"') WHERE key = $1`,
        [document.key],
      ),
    );
    const remove = await rejection(
      dataSource.query(`DELETE FROM policy_versions WHERE key = $1`, [document.key]),
    );

    expect(String(update)).toMatch(/immutable/);
    expect(String(remove)).toMatch(/immutable/);
    expect(await policies.get(document.key, 1)).toMatchObject({ document });
  });

  it('gives concurrent creators of one key distinct, gapless versions', async () => {
    const document = documentFor();
    const created = await Promise.all(
      Array.from({ length: 12 }, (_unused, i) =>
        policies.createVersion({ ...document, title: `Writer ${i}` }, `writer-${i}`),
      ),
    );

    const numbers = created.map((v) => v.version).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_unused, i) => i + 1));
    const stored = await policies.versionsOf(document.key);
    expect(stored).toHaveLength(12);
    // Each writer's document landed in the version it was told about.
    for (const version of created) {
      expect(stored.find((s) => s.version === version.version)?.createdBy).toBe(version.createdBy);
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unparsable duration', { acknowledgeWithin: 'soon' }, 'acknowledgeWithin'],
    ['a duration in months', { feedbackWindow: 'P1M' }, 'feedbackWindow'],
    [
      'limits in the wrong order',
      { remedies: [{ type: 'taxi', frontlineLimit: 200, supervisorLimit: 150, currency: 'EUR' }] },
      'remedies[0].supervisorLimit',
    ],
    ['an empty escalation ladder', { escalation: [] }, 'escalation'],
    [
      'a rung earlier than the one before',
      {
        escalation: [
          { after: 'PT15M', to: 'supervisor' },
          { after: 'PT5M', to: 'manager' },
        ],
      },
      'escalation[1].after',
    ],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('refuses a document with %s, naming the field, and writes nothing', async (_, bad, field) => {
    const existing = documentFor();
    await policies.createVersion(existing, 'alice');
    const freshDocument = { ...documentFor(), ...bad };

    const onExistingKey = await rejection(
      policies.createVersion({ ...existing, ...bad }, 'mallory'),
    );
    const onNewKey = await rejection(policies.createVersion(freshDocument, 'mallory'));

    for (const error of [onExistingKey, onNewKey]) {
      expect(error).toBeInstanceOf(InvalidPolicyDocument);
      expect((error as InvalidPolicyDocument).code).toBe('invalid_policy_document');
      expect((error as InvalidPolicyDocument).errors.map((e) => e.field)).toContain(field);
    }
    expect((await policies.versionsOf(existing.key)).map((v) => v.version)).toEqual([1]);
    expect(await rejection(policies.versionsOf(freshDocument.key))).toBeInstanceOf(PolicyNotFound);
  });

  describe('selection of the policy an incident is pinned to', () => {
    it('takes the newest version of an explicit key, even when another policy applies', async () => {
      const category = freshCategory();
      const explicit = documentFor({ appliesTo: { categories: [freshCategory()] } });
      await policies.createVersion(explicit, 'alice');
      await policies.createVersion({ ...explicit, title: 'Explicit v2' }, 'alice');
      await policies.createVersion(documentFor({ appliesTo: { categories: [category] } }), 'bob');

      const pinned = await policies.resolveFor({
        policyKey: explicit.key,
        category,
        severity: 'high',
      });

      expect(pinned).toMatchObject({ key: explicit.key, version: 2 });
      expect(pinned.document.title).toBe('Explicit v2');
    });

    it('refuses an explicit key that does not exist', async () => {
      const error = await rejection(
        policies.resolveFor({ policyKey: freshKey(), category: 'billing', severity: 'low' }),
      );
      expect(error).toBeInstanceOf(PolicyNotFound);
    });

    it('takes the newest matching policy by appliesTo, the more specific one first', async () => {
      const category = freshCategory();
      const older = documentFor({ appliesTo: { categories: [category] } });
      const newer = documentFor({ appliesTo: { categories: [category] } });
      const specific = documentFor({
        appliesTo: { categories: [category], severities: ['critical'] },
      });
      await policies.createVersion(older, 'alice');
      await policies.createVersion(newer, 'alice');
      await policies.createVersion(specific, 'alice');

      const high = await policies.resolveFor({ category, severity: 'high' });
      const critical = await policies.resolveFor({ category, severity: 'critical' });

      expect(high).toMatchObject({ key: newer.key, version: 1 });
      expect(critical).toMatchObject({ key: specific.key, version: 1 });
    });

    it('pins incidents to the seeded policies by category and severity', async () => {
      // Categories and severities that no other test's policy claims (the e2e policies
      // claim vehicle_breakdown high/critical, so that pair is not asserted here).
      const expectations: [string, 'low' | 'medium' | 'high', string][] = [
        ['billing', 'high', 'billing-dispute'],
        ['waiting_time', 'medium', 'service-delay'],
        ['vehicle_condition', 'low', 'vehicle-issue-minor'],
      ];
      for (const [category, severity, key] of expectations) {
        const pinned = await policies.resolveFor({ category, severity });
        const seeded = DEFAULT_POLICIES.find((p) => p.key === key);
        expect({ category, key: pinned.key, title: pinned.document.title }).toEqual({
          category,
          key,
          title: seeded?.title,
        });
      }
    });

    it('falls back to the seeded default policy when nothing applies', async () => {
      const pinned = await policies.resolveFor({ category: freshCategory(), severity: 'low' });

      expect(pinned.key).toBe('default');
      expect(pinned.document.isDefault).toBe(true);
      expect(pinned.document.remedies.map((r) => r.type)).toEqual(
        DEFAULT_POLICIES.find((p) => p.key === 'default')?.remedies.map((r) => r.type),
      );
    });
  });
});
