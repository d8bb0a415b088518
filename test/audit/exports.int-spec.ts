import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { type DataSource } from 'typeorm';
import {
  CSV_COLUMNS,
  EventLogExportService,
  type OcelEvent,
  type OcelObject,
  type OcelType,
} from '@recovery/audit';
import { incidentStreamId } from '@recovery/domain';
import { EventStore, type NewEvent } from '@recovery/event-store';
import { appendScenarios, openAuditDataSource } from './support/audit-test-database';
import { knownHistory } from './support/known-history';
import { personalDataVault } from '../support/personal-data-vault';
import { BUSINESS_RESOLVE, CALENDAR_USE, pausedHistory } from './support/paused-history';

const OCEL_SCHEMA = JSON.parse(
  readFileSync(new URL('./fixtures/ocel-2.0.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

interface OcelLog {
  objectTypes: OcelType[];
  eventTypes: OcelType[];
  objects: OcelObject[];
  events: OcelEvent[];
}

async function collect(chunks: AsyncIterable<string>): Promise<{ text: string; chunks: number }> {
  let text = '';
  let count = 0;
  for await (const chunk of chunks) {
    text += chunk;
    count += 1;
  }
  return { text, chunks: count };
}

/** The CSV fields an appended event should come out as. */
function csvRowOf(event: NewEvent): string[] {
  return [
    String(event.data.incidentId),
    event.type,
    event.occurredAt!.toISOString(),
    event.metadata.actor.id,
    event.metadata.actor.role,
    String(event.metadata.policyKey),
    String(event.metadata.policyVersion),
    event.eventId,
  ];
}

describe('event-log exports', () => {
  let dataSource: DataSource;
  let exports: EventLogExportService;
  let histories: Map<string, NewEvent[]>;
  let paused: NewEvent[];

  beforeAll(async () => {
    dataSource = await openAuditDataSource();
    const store = new EventStore(dataSource);
    exports = new EventLogExportService(store, personalDataVault(dataSource));
    histories = await appendScenarios(store, knownHistory().scenarios.slice(0, 20));
    // One wait on the customer under a business resolve clock (issue 12).
    const { streams } = pausedHistory(
      [
        {
          rules: BUSINESS_RESOLVE,
          acknowledgeAfter: 5,
          pauses: [{ at: 10, lasts: 20 }],
          resolveAfter: 60,
        },
      ],
      new Date(Date.UTC(1998, 0, 1)),
    );
    const [[incidentId, events]] = streams;
    await store.append(incidentStreamId(incidentId), events, { expectedVersion: 'no_stream' });
    paused = events.filter((event) =>
      ['SlaClockPaused', 'SlaClockResumed', 'DeadlinesRescheduled'].includes(event.type),
    );
  });
  afterAll(() => dataSource.destroy());

  it('writes the CSV event log: one line per event, in stream order, with resource, role and policy', async () => {
    const { text } = await collect(exports.csv());
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[lines.length - 1]).toBe('');
    const rows = lines.slice(1, -1).map((line) => line.split(','));
    for (const [incidentId, events] of histories) {
      const own = rows.filter((row) => row[0] === incidentId);
      expect(own.map((row) => row.slice(0, 8))).toEqual(events.map(csvRowOf));
      // The chain columns: versions 1, 2, 3…, each linked to the one before.
      expect(own.map((row) => Number(row[8]))).toEqual(events.map((_, i) => i + 1));
      expect(own[0][9]).toBe('0'.repeat(64));
      own.slice(1).forEach((row, i) => expect(row[9]).toBe(own[i][10]));
    }
  });

  it('writes OCEL 2.0 JSON that validates against the OCEL 2.0 schema and relates events to their objects', async () => {
    const { text, chunks } = await collect(exports.ocel());
    expect(chunks).toBeGreaterThan(3); // streamed in pieces, not built as one document
    const log = JSON.parse(text) as OcelLog;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(OCEL_SCHEMA);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const incidentIds = new Set(histories.keys());
    const ownEvents = log.events.filter((event) =>
      event.relationships.some((r) => r.qualifier === 'incident' && incidentIds.has(r.objectId)),
    );
    const appended = [...histories.values()].flat();
    expect(ownEvents.map((event) => event.id).sort()).toEqual(
      appended.map((event) => event.eventId).sort(),
    );

    const objectsById = new Map(log.objects.map((object) => [object.id, object]));
    for (const event of ownEvents) {
      for (const { objectId } of event.relationships) expect(objectsById.has(objectId)).toBe(true);
      expect(log.eventTypes.some((type) => type.name === event.type)).toBe(true);
    }
    const countOf = (type: string) =>
      new Set(
        ownEvents.flatMap((e) =>
          e.relationships.filter((r) => r.qualifier === type).map((r) => r.objectId),
        ),
      ).size;
    // 20 incidents: remedies for i mod 5 ≠ 4 (16), approvals for i mod 5 ∈ {1,2,3} (12), promises for i mod 4 ≠ 3 (15).
    expect([
      countOf('incident'),
      countOf('remedy'),
      countOf('approval'),
      countOf('promise'),
    ]).toEqual([20, 16, 12, 15]);
    const firstIncident = objectsById.get([...incidentIds][0])!;
    expect(firstIncident.type).toBe('incident');
    expect(firstIncident.attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining(['site', 'channel', 'category', 'policyKey', 'policyVersion']),
    );
  });

  it('carries waits on the customer and moved deadlines, each with its attributes', async () => {
    const csv = (await collect(exports.csv())).text
      .split('\r\n')
      .map((line) => line.split(',').slice(0, 8));
    for (const event of paused) expect(csv).toContainEqual(csvRowOf(event));

    const log = JSON.parse((await collect(exports.ocel())).text) as OcelLog;
    const attributesOf = (eventId: string) =>
      Object.fromEntries(
        log.events.find((event) => event.id === eventId)!.attributes.map((a) => [a.name, a.value]),
      );
    const [pause, resume, reschedule] = paused;
    expect(attributesOf(pause.eventId)).toMatchObject({ resolveBy: pause.data.resolveBy });
    expect(attributesOf(resume.eventId)).toMatchObject({
      trigger: 'resume_requested',
      pausedAt: resume.data.pausedAt,
      pausedMs: 20 * 60_000,
      businessPausedMs: 20 * 60_000,
    });
    const moved = reschedule.data as {
      previous: { resolveBy: string };
      deadlines: { resolveBy: string };
    };
    expect(attributesOf(reschedule.eventId)).toMatchObject({
      reason: 'sla_clock_resumed',
      previousResolveBy: moved.previous.resolveBy,
      resolveBy: moved.deadlines.resolveBy,
      resolveClock: 'business',
      calendarKey: CALENDAR_USE.key,
      calendarVersion: CALENDAR_USE.version,
      timeZone: CALENDAR_USE.timeZone,
    });
  });
});
