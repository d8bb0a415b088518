import { canonicalJson } from './canonical-json.util';
import {
  contentDigest,
  GENESIS_HASH,
  linkHash,
  sha256,
  type HashedEventContent,
} from './event-hash.util';

const content: HashedEventContent = {
  eventId: '6f1c1c9e-3b1a-4d7e-9a51-0d7e6f3a2b11',
  streamId: 'incident-1',
  type: 'IncidentOpened',
  schemaVersion: 1,
  data: { channel: 'phone', site: 'LHR' },
  metadata: { actor: { id: 'u1', role: 'frontline' }, correlationId: 'c1' },
  occurredAt: new Date('2025-05-01T10:00:00.000Z'),
  personalDataDigest: null,
};
const position = { streamVersion: 1, globalPosition: 7, recordedAt: new Date(1_746_093_600_123) };

describe('contentDigest', () => {
  it('is sha256 of the canonical JSON of the whole content (the layout verify relies on)', () => {
    const withPersonal = { ...content, personalDataDigest: sha256(Buffer.from('p')) };
    for (const c of [content, withPersonal]) {
      const text = canonicalJson({
        ...c,
        occurredAt: c.occurredAt.toISOString(),
        personalDataDigest: c.personalDataDigest?.toString('hex') ?? null,
      });
      expect(contentDigest(c).equals(sha256(Buffer.from(text, 'utf8')))).toBe(true);
    }
  });

  it('does not depend on key order in data or metadata', () => {
    const reordered = { ...content, data: { site: 'LHR', channel: 'phone' } };
    expect(contentDigest(reordered).equals(contentDigest(content))).toBe(true);
  });

  it('changes when any covered field changes', () => {
    const base = contentDigest(content);
    const variants: HashedEventContent[] = [
      { ...content, data: { channel: 'email', site: 'LHR' } },
      { ...content, type: 'IncidentClosed' },
      { ...content, schemaVersion: 2 },
      { ...content, streamId: 'incident-2' },
      { ...content, occurredAt: new Date('2025-05-01T10:00:00.001Z') },
      { ...content, personalDataDigest: sha256(Buffer.from('x')) },
    ];
    for (const variant of variants) expect(contentDigest(variant).equals(base)).toBe(false);
  });
});

describe('linkHash', () => {
  it('matches the byte layout the append function hashes', () => {
    const digest = contentDigest(content);
    const layout = Buffer.concat([
      GENESIS_HASH,
      Buffer.from('0000000000000001', 'hex'),
      Buffer.from('0000000000000007', 'hex'),
      Buffer.from((1_746_093_600_123).toString(16).padStart(16, '0'), 'hex'),
      digest,
    ]);
    expect(linkHash(GENESIS_HASH, position, digest).equals(sha256(layout))).toBe(true);
  });

  it('chains: a different previous hash gives a different link', () => {
    const digest = contentDigest(content);
    const first = linkHash(GENESIS_HASH, position, digest);
    expect(linkHash(first, position, digest).equals(first)).toBe(false);
  });
});
