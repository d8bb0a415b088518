/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import { incidentsMigrations } from '@recovery/incidents';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident, testPolicy } from './support/fixtures';
import { type Body, eventually, expectProblem, get, post } from './support/http';
import { openTestDataSource } from '../support/test-database';

interface Clock {
  clock: string;
  startedAt: string;
  dueAt: string;
  promiseId?: string;
  label: string;
}
interface Item extends Body {
  id: string;
  site: string;
  status: string;
  openedAt: string;
  assignee: { kind: string; id: string } | null;
  clocks: Clock[];
  nextDeadline: string | null;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

const MINUTE = 60_000;
const slug = (prefix: string): string => `${prefix}_${randomUUID().slice(0, 8)}`;

describe('the frontline queue: GET /v1/incidents sorted by nearest breach, and the policy preview', () => {
  let harness: ApiHarness;
  let policyKey: string; // acknowledge within 10 minutes, resolve within 2 hours
  let quickKey: string; // acknowledge within 3 minutes
  let fiona: string;
  let rotterdam: string;
  let everywhere: string;

  const page = async (token: string, query: string): Promise<Page> => {
    const response = await get(harness, `/v1/incidents?${query}`, token);
    expect(response.status).toBe(200);
    return response.body as Page;
  };
  const ids = (p: Page): string[] => p.items.map((i) => i.id);
  const acknowledge = async (id: string, token: string) =>
    expect((await post(harness, `/v1/incidents/${id}/acknowledge`, token, {})).status).toBe(200);
  const resolve = async (id: string, token: string) =>
    expect(
      (
        await post(harness, `/v1/incidents/${id}/resolve`, token, {
          outcome: 'fixed',
          summary: 'Battery replaced',
        })
      ).status,
    ).toBe(200);

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    quickKey = await createPolicy(harness, { acknowledgeWithin: 'PT3M' });
    fiona = await harness.token('frontline', { sub: 'fiona', name: 'Fiona', sites: ['AMS'] });
    rotterdam = await harness.token('frontline', { sub: 'rita', sites: ['RTM'] });
    everywhere = await harness.token('executive', { sites: ['*'] });
  });
  afterAll(() => harness?.close());

  describe('one category of incidents on two sites in every state', () => {
    const category = slug('queue');
    const incident: Record<string, string> = {};
    let promiseDue: string;

    beforeAll(async () => {
      const body = (key: string, overrides: Record<string, unknown> = {}) =>
        openBody(key, { category, ...overrides });
      // Opened oldest first; their nearest deadlines run in another order.
      incident.unacknowledged = await openIncident(harness, fiona, body(policyKey)); // ack +10 min
      incident.acknowledgedRtm = await openIncident(
        harness,
        rotterdam,
        body(policyKey, { site: 'RTM' }),
      ); // resolve +2 h
      await acknowledge(incident.acknowledgedRtm, rotterdam);
      incident.promised = await openIncident(harness, fiona, body(policyKey)); // promise +5 min
      await acknowledge(incident.promised, fiona);
      promiseDue = new Date(Date.now() + 5 * MINUTE).toISOString();
      const promise = await post(harness, `/v1/incidents/${incident.promised}/promises`, fiona, {
        description: 'Call back about the tow truck',
        dueAt: promiseDue,
      });
      expect(promise.status).toBe(200);
      incident.resolved = await openIncident(harness, fiona, body(policyKey)); // no clock
      await acknowledge(incident.resolved, fiona);
      await resolve(incident.resolved, fiona);
      incident.resolvedRtm = await openIncident(
        harness,
        rotterdam,
        body(policyKey, { site: 'RTM' }),
      );
      await acknowledge(incident.resolvedRtm, rotterdam);
      await resolve(incident.resolvedRtm, rotterdam);
      incident.quickRtm = await openIncident(harness, rotterdam, body(quickKey, { site: 'RTM' })); // ack +3 min
    });

    const withoutClock = (): string[] => [incident.resolved, incident.resolvedRtm].sort();
    const nearestFirst = (): string[] => [
      incident.quickRtm,
      incident.promised,
      incident.unacknowledged,
      incident.acknowledgedRtm,
      ...withoutClock(),
    ];

    it('sorts by nearest breach across sites and statuses, incidents without a clock last (by id)', async () => {
      const queue = await page(everywhere, `category=${category}&sort=nearestBreach`);
      expect(ids(queue)).toEqual(nearestFirst());
      expect(queue.nextCursor).toBeNull();
      const deadlines = queue.items.map((i) => i.nextDeadline);
      expect(deadlines.slice(4)).toEqual([null, null]);
      const timed = deadlines.slice(0, 4).map((d) => Date.parse(d!));
      expect(timed).toEqual([...timed].sort((a, b) => a - b));
    });

    it('lists every running clock of each incident, its nextDeadline the earliest', async () => {
      const queue = await page(everywhere, `category=${category}&sort=nearestBreach`);
      const byId = new Map(queue.items.map((i) => [i.id, i]));
      const unacknowledged = byId.get(incident.unacknowledged)!;
      expect(unacknowledged.clocks).toEqual([
        {
          clock: 'acknowledge',
          startedAt: unacknowledged.openedAt,
          dueAt: (unacknowledged.deadlines as Body).acknowledgeBy,
          label: 'Acknowledge',
        },
        {
          clock: 'resolve',
          startedAt: unacknowledged.openedAt,
          dueAt: (unacknowledged.deadlines as Body).resolveBy,
          label: 'Resolve',
        },
      ]);
      expect(unacknowledged.nextDeadline).toBe((unacknowledged.deadlines as Body).acknowledgeBy);
      expect(unacknowledged.assignee).toBeNull();

      const promised = byId.get(incident.promised)!;
      expect(promised.clocks).toEqual([
        {
          clock: 'promise',
          startedAt: expect.any(String),
          dueAt: promiseDue,
          promiseId: expect.any(String),
          label: 'Call back about the tow truck',
        },
        {
          clock: 'resolve',
          startedAt: promised.openedAt,
          dueAt: (promised.deadlines as Body).resolveBy,
          label: 'Resolve',
        },
      ]);
      expect(promised.nextDeadline).toBe(promiseDue);
      expect(promised.assignee).toEqual({ kind: 'person', id: 'fiona' });
      const detail = (await get(harness, `/v1/incidents/${incident.promised}`, fiona)).body as Body;
      expect(detail.assignee).toEqual(promised.assignee);
      expect(promised.clocks[0]).toMatchObject({
        promiseId: (detail.openPromises as Body[])[0].promiseId,
        startedAt: (detail.openPromises as Body[])[0].madeAt,
      });

      expect(byId.get(incident.resolved)).toMatchObject({
        status: 'resolved',
        clocks: [],
        nextDeadline: null,
      });
    });

    it('keeps a caller to their sites in nearest-breach order and filters by status within it', async () => {
      expect(ids(await page(fiona, `category=${category}&sort=nearestBreach`))).toEqual([
        incident.promised,
        incident.unacknowledged,
        incident.resolved,
      ]);
      expect(
        ids(await page(everywhere, `category=${category}&sort=nearestBreach&status=acknowledged`)),
      ).toEqual([incident.promised, incident.acknowledgedRtm]);
    });

    it('pages through the nearest-breach order with its cursor, past the rows without a clock', async () => {
      for (const limit of [1, 2, 4]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `category=${category}&sort=nearestBreach&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
          const next = await page(everywhere, query);
          expect(next.items.length).toBeLessThanOrEqual(limit);
          seen.push(...ids(next));
          cursor = next.nextCursor;
          pages += 1;
        } while (cursor !== null && pages < 10);
        expect({ limit, seen }).toEqual({ limit, seen: nearestFirst() });
      }
    });

    it('gets the same order back when its migration is undone and redone over these rows', async () => {
      const before = await page(everywhere, `category=${category}&sort=nearestBreach`);
      const migration = (name: string) => incidentsMigrations.find((m) => m.name === name)!;
      const Migration = migration('AddIncidentClocks1765000000001');
      // Undone in reverse order: a later migration replaced one of its indexes.
      const Later = migration('AddIncidentCustomerKey1766100000002');
      // Migrations are the owner's to run: the apps' role may not alter the table.
      const owner = await openTestDataSource(1);
      const queryRunner = owner.createQueryRunner();
      try {
        await new Later().down(queryRunner);
        await new Migration().down(queryRunner);
        const columns = (await queryRunner.query(
          `SELECT 1 FROM information_schema.columns
            WHERE table_name = 'incident_state' AND column_name = 'next_deadline'`,
        )) as unknown[];
        expect(columns).toEqual([]);
        await new Migration().up(queryRunner); // backfills from each row's state
        await new Later().up(queryRunner);
      } finally {
        await queryRunner.release();
        await owner.destroy();
      }
      expect(await page(everywhere, `category=${category}&sort=nearestBreach`)).toEqual(before);
    });

    it('lists the incidents nobody owns with assignee=none', async () => {
      const unassigned = await page(everywhere, `category=${category}&assignee=none`);
      expect(new Set(ids(unassigned))).toEqual(
        new Set([incident.unacknowledged, incident.quickRtm]),
      );
      expect(unassigned.items.every((i) => i.assignee === null)).toBe(true);
      expect(ids(await page(fiona, `category=${category}&assignee=me&sort=nearestBreach`))).toEqual(
        [incident.promised, incident.resolved],
      );
    });

    it('finds an incident by its id, only on the caller’s sites', async () => {
      expect(ids(await page(fiona, `q=${incident.promised}`))).toEqual([incident.promised]);
      expect(ids(await page(fiona, `q=${incident.promised.toUpperCase()}`))).toEqual([
        incident.promised,
      ]);
      expect(ids(await page(fiona, `q=${incident.quickRtm}`))).toEqual([]);
      expect(ids(await page(everywhere, `q=${incident.quickRtm}`))).toEqual([incident.quickRtm]);
    });

    it('still lists newest first, as before, when no sort is given', async () => {
      const before = await page(everywhere, `category=${category}`);
      const newestFirst = [
        incident.quickRtm,
        incident.resolvedRtm,
        incident.resolved,
        incident.promised,
        incident.acknowledgedRtm,
        incident.unacknowledged,
      ];
      expect(ids(before)).toEqual(newestFirst);
      expect(before.items[0]).toEqual({
        id: incident.quickRtm,
        status: 'open',
        policy: { key: quickKey, version: 1 },
        deadlines: { acknowledgeBy: expect.any(String), resolveBy: expect.any(String) },
        kind: 'complaint',
        channel: 'phone',
        site: 'RTM',
        category,
        severity: 'high',
        customerRef: 'C-1001',
        summary: 'Rental car does not start',
        escalationLevel: 0,
        openedAt: expect.any(String),
        assignee: null,
        clocks: expect.any(Array),
        nextDeadline: expect.any(String),
      });
      expect(await page(everywhere, `category=${category}&sort=newest`)).toEqual(before);

      const first = await page(everywhere, `category=${category}&limit=4`);
      expect(ids(first)).toEqual(newestFirst.slice(0, 4));
      const rest = await page(everywhere, `category=${category}&cursor=${first.nextCursor}`);
      expect(ids(rest)).toEqual(newestFirst.slice(4));
      // A cursor handed out before the list had a sort: [openedAt, id].
      const last = first.items[3];
      const legacy = Buffer.from(JSON.stringify([last.openedAt, last.id])).toString('base64url');
      expect(ids(await page(everywhere, `category=${category}&cursor=${legacy}`))).toEqual(
        newestFirst.slice(4),
      );
    });

    it('refuses bad parameters with a 400 naming each, and a cursor of the other order', async () => {
      const before = await page(everywhere, `category=${category}&sort=nearestBreach`);
      const refused = async (query: string, fields: string[]) => {
        const problem = expectProblem(
          await get(harness, `/v1/incidents?category=${category}&${query}`, everywhere),
          400,
          'validation_failed',
        );
        expect(new Set((problem.errors as Body[]).map((e) => e.field))).toEqual(new Set(fields));
      };
      await refused('sort=oldest', ['sort']);
      await refused('sort=newest&sort=nearestBreach', ['sort']);
      await refused('minEscalationLevel=0', ['minEscalationLevel']);
      await refused('minEscalationLevel=1.5', ['minEscalationLevel']);
      await refused('minEscalationLevel=two', ['minEscalationLevel']);
      await refused('minEscalationLevel=99999999999', ['minEscalationLevel']);
      await refused('q=', ['q']);
      await refused(`q=${'x'.repeat(201)}`, ['q']);
      await refused('assignee=', ['assignee']);
      await refused('sort=up&q=&minEscalationLevel=-1', ['sort', 'q', 'minEscalationLevel']);

      const newest = await page(everywhere, `category=${category}&limit=1`);
      const nearest = await page(everywhere, `category=${category}&sort=nearestBreach&limit=1`);
      expectProblem(
        await get(
          harness,
          `/v1/incidents?category=${category}&sort=nearestBreach&cursor=${newest.nextCursor}`,
          everywhere,
        ),
        400,
        'invalid_cursor',
      );
      expectProblem(
        await get(
          harness,
          `/v1/incidents?category=${category}&cursor=${nearest.nextCursor}`,
          everywhere,
        ),
        400,
        'invalid_cursor',
      );
      expect(await page(everywhere, `category=${category}&sort=nearestBreach`)).toEqual(before);
    });
  });

  it('searches a whole customer reference in any case, through its keyed hash (issue 14)', async () => {
    const category = slug('search');
    const ref = `Ref-${randomUUID().slice(0, 8)}`;
    const first = await openIncident(
      harness,
      fiona,
      openBody(policyKey, { category, customerRef: ref }),
    );
    const second = await openIncident(
      harness,
      fiona,
      openBody(policyKey, { category, customerRef: ref.toUpperCase() }),
    );
    await openIncident(harness, fiona, openBody(policyKey, { category, customerRef: `${ref}-B` }));
    const search = (q: string) => page(fiona, `category=${category}&q=${encodeURIComponent(q)}`);
    expect(ids(await search(ref.toLowerCase()))).toEqual([second, first]);
    expect(ids(await search(` ${ref} `))).toEqual([second, first]);
    // Sealed references cannot be searched by their start, nor with wildcards.
    expect(ids(await search(ref.slice(0, 6)))).toEqual([]);
    expect(ids(await search('%'))).toEqual([]);
    expect(ids(await search(`${ref}-C`))).toEqual([]);
  });

  it('lists the incidents escalated to at least a level (the supervisors’ filter)', async () => {
    const category = slug('escalated');
    const twoRungs = await createPolicy(harness, {
      acknowledgeWithin: 'PT1S',
      escalation: [
        { after: 'PT1S', to: 'supervisor' },
        { after: 'PT2S', to: 'manager' },
      ],
    });
    const oneRung = await createPolicy(harness, {
      acknowledgeWithin: 'PT1S',
      escalation: [{ after: 'PT1S', to: 'supervisor' }],
    });
    const toManager = await openIncident(harness, fiona, openBody(twoRungs, { category }));
    const toSupervisor = await openIncident(harness, fiona, openBody(oneRung, { category }));
    const calm = await openIncident(harness, fiona, openBody(policyKey, { category }));
    await eventually(async () => {
      for (const [id, level] of [
        [toManager, 2],
        [toSupervisor, 1],
      ] as const) {
        const detail = await get(harness, `/v1/incidents/${id}`, fiona);
        expect((detail.body as Body).escalationLevel).toBe(level);
      }
    });
    const sam = await harness.token('supervisor', { sites: ['AMS'] });
    const escalated = (level: number) =>
      page(sam, `category=${category}&minEscalationLevel=${level}&sort=nearestBreach`);
    expect(new Set(ids(await escalated(1)))).toEqual(new Set([toManager, toSupervisor]));
    expect(ids(await escalated(2))).toEqual([toManager]);
    expect(ids(await escalated(3))).toEqual([]);
    expect(ids(await page(sam, `category=${category}`))).toEqual([calm, toSupervisor, toManager]);
    expect((await escalated(1)).items.map((i) => i.escalationLevel).sort()).toEqual([1, 2]);
  });

  describe('GET /v1/policies/applicable', () => {
    const category = slug('preview');
    let previewKey: string;

    beforeAll(async () => {
      previewKey = await createPolicy(harness, {
        appliesTo: { categories: [category], severities: ['high'] },
        acknowledgeWithin: 'PT4M',
        resolveWithin: 'PT3H',
      });
    });

    const preview = (query: string) => get(harness, `/v1/policies/applicable?${query}`, fiona);

    it('answers the policy an incident with these fields would get now, as policies are listed', async () => {
      const response = await preview(`category=${category}&severity=high&site=AMS`);
      expect(response.status).toBe(200);
      const listed = (
        (await get(harness, `/v1/policies/${previewKey}/versions`, fiona)).body as {
          items: Body[];
        }
      ).items[0];
      expect(response.body).toEqual({ key: previewKey, version: 1, document: listed.document });
      expect(response.body).toMatchObject({
        document: {
          acknowledgeWithin: 'PT4M',
          resolveWithin: 'PT3H',
          remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
        },
      });

      const body = openBody(previewKey, { category });
      delete body.policyKey;
      const opened = await post(harness, '/v1/incidents', fiona, body);
      expect(opened.status).toBe(201);
      expect((opened.body as Body).policy).toEqual({ key: previewKey, version: 1 });
    });

    it('follows a new version and another severity, and names an explicit policyKey', async () => {
      const admin = await harness.token('admin', { sites: ['*'] });
      const next = await post(
        harness,
        '/v1/policies',
        admin,
        testPolicy({
          key: previewKey,
          appliesTo: { categories: [category], severities: ['high'] },
          acknowledgeWithin: 'PT6M',
        }),
      );
      expect(next.status).toBe(201);
      expect((await preview(`category=${category}&severity=high&site=RTM`)).body).toMatchObject({
        key: previewKey,
        version: 2,
        document: { acknowledgeWithin: 'PT6M' },
      });
      const low = await preview(`category=${category}&severity=low&site=AMS`);
      expect(low.status).toBe(200);
      expect((low.body as Body).key).not.toBe(previewKey);
      expect(
        (await preview(`category=${category}&severity=low&site=AMS&policyKey=${previewKey}`)).body,
      ).toMatchObject({ key: previewKey, version: 2 });
    });

    it('answers 404 when no policy applies under the given key', async () => {
      expectProblem(
        await preview(`category=${category}&severity=high&site=AMS&policyKey=no-such-policy`),
        404,
        'policy_not_found',
      );
    });

    it('refuses missing or malformed fields with a 400 naming each, and changes nothing', async () => {
      const versions = async () =>
        (await get(harness, `/v1/policies/${previewKey}/versions`, fiona)).body as Body;
      const before = await versions();
      const refused = async (query: string, fields: string[]) => {
        const problem = expectProblem(await preview(query), 400, 'validation_failed');
        expect(new Set((problem.errors as Body[]).map((e) => e.field))).toEqual(new Set(fields));
      };
      await refused('', ['category', 'severity', 'site']);
      await refused(`category=${category}&severity=extreme&site=AMS`, ['severity']);
      await refused(`category=Not%20A%20Slug&severity=high&site=AMS`, ['category']);
      await refused(`category=${category}&severity=high&site=no%20site`, ['site']);
      await refused(`category=${category}&severity=high&site=AMS&policyKey=Bad%20Key`, [
        'policyKey',
      ]);
      await refused(`category=${category}&severity=high&site=AMS&extra=1`, ['extra']);
      expect(await versions()).toEqual(before);
    });
  });
});
