import { type StoredEvent } from '@recovery/event-store';
import { CSV_HEADER, csvField, csvLine } from './csv-event-log.util';

const INCIDENT = '4b1f8f0e-3c55-4c1e-9a44-2f4ad3f0d0a1';

function event(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    eventId: '0d9f4a52-8f53-4c35-a9e3-7a2f2f7f6b11',
    streamId: `incident-${INCIDENT}`,
    streamVersion: 1,
    globalPosition: 1,
    transactionId: 1,
    type: 'IncidentAcknowledged',
    schemaVersion: 1,
    data: {},
    metadata: {
      actor: { id: 'alice', role: 'frontline' },
      correlationId: 'c',
      policyKey: 'p',
      policyVersion: 3,
    },
    personalData: null,
    occurredAt: new Date('2024-05-01T10:00:00.000Z'),
    recordedAt: new Date('2024-05-01T10:00:00.000Z'),
    hash: 'b'.repeat(64),
    prevHash: '0'.repeat(64),
    ...overrides,
  };
}

describe('csvField', () => {
  it('leaves plain values as they are', () => {
    expect(csvField('alice')).toBe('alice');
    expect(csvField(3)).toBe('3');
  });
  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses values a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('csvLine', () => {
  it('writes case id, activity, timestamp, resource, role, policy, event id and its chain link', () => {
    expect(CSV_HEADER).toBe(
      'case_id,activity,timestamp,resource,role,policy_key,policy_version,event_id,stream_version,prev_hash,hash\r\n',
    );
    expect(csvLine(event())).toBe(
      `${INCIDENT},IncidentAcknowledged,2024-05-01T10:00:00.000Z,alice,frontline,p,3,0d9f4a52-8f53-4c35-a9e3-7a2f2f7f6b11,1,${'0'.repeat(64)},${'b'.repeat(64)}\r\n`,
    );
  });
  it('skips events of streams that are not incidents', () => {
    expect(csvLine(event({ streamId: 'policy-x' }))).toBeNull();
  });
  it('skips event types outside the incident vocabulary', () => {
    expect(csvLine(event({ type: 'SomethingElse' }))).toBeNull();
  });
});
