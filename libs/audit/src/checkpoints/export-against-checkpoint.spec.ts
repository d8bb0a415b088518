import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { digestOfHeads, type StreamHead } from '@recovery/event-store';
import { AuditSigningKey } from './audit-signing-key';
import { checkpointStatement } from './checkpoint-statement.util';
import { type SignedCheckpoint } from './checkpoint.types';
import { checkExportAgainstCheckpoint, type ExportedLink } from './export-against-checkpoint';

const key = AuditSigningKey.fromPem(
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
);

/** A chain of `length` links for one case, with made-up but consistent hashes. */
function chainOf(caseId: string, length: number): ExportedLink[] {
  const links: ExportedLink[] = [];
  let prevHash = '0'.repeat(64);
  for (let version = 1; version <= length; version++) {
    const hash = randomUUID().replace(/-/g, '').repeat(2);
    links.push({ caseId, streamVersion: version, prevHash, hash });
    prevHash = hash;
  }
  return links;
}

function signedCheckpointOver(chains: ExportedLink[][]): SignedCheckpoint {
  const heads: StreamHead[] = chains.map((chain) => {
    const last = chain[chain.length - 1];
    return { streamId: `incident-${last.caseId}`, version: last.streamVersion, hash: last.hash };
  });
  const unsigned = {
    checkpointId: randomUUID(),
    position: { transactionId: 10, globalPosition: 99 },
    headsDigest: digestOfHeads(heads),
    streams: heads.length,
    events: heads.reduce((sum, head) => sum + head.version, 0),
    takenAt: '2026-12-02T08:00:00.000Z',
    takenBy: 'auditor',
    keyId: key.keyId,
  };
  return { ...unsigned, signature: key.sign(checkpointStatement(unsigned)), heads };
}

describe('an export checked against a signed checkpoint, offline', () => {
  const a = chainOf('a1', 4);
  const b = chainOf('b2', 3);
  const checkpoint = signedCheckpointOver([a, b]);

  it('holds for the export of the checkpointed store, and with events appended since', () => {
    expect(checkExportAgainstCheckpoint(checkpoint, key.publicJwk, [...b, ...a])).toMatchObject({
      ok: true,
      cases: 2,
      events: 7,
      problems: [],
    });
    const later = chainOf('a1', 1).map((link) => ({
      ...link,
      streamVersion: 5,
      prevHash: a[3].hash,
    }));
    expect(checkExportAgainstCheckpoint(checkpoint, key.publicJwk, [...a, ...later, ...b]).ok).toBe(
      true,
    );
  });

  it.each([
    [
      'a removed tail',
      [...a.slice(0, 3), ...b],
      { caseId: 'a1', streamVersion: 4, reason: 'truncated' },
    ],
    ['a removed incident', a, { caseId: 'b2', reason: 'case-missing' }],
    [
      'an event removed from the middle',
      [a[0], a[1], a[3], ...b],
      { caseId: 'a1', streamVersion: 3, reason: 'version-gap' },
    ],
    [
      'a rewritten head',
      [...a.slice(0, 3), { ...a[3], hash: 'f'.repeat(64) }, ...b],
      { caseId: 'a1', streamVersion: 4, reason: 'rewritten' },
    ],
    [
      'a broken link',
      [a[0], { ...a[1], prevHash: 'e'.repeat(64) }, a[2], a[3], ...b],
      { caseId: 'a1', streamVersion: 2, reason: 'prev-hash-mismatch' },
    ],
  ])('names %s', (_, links, problem) => {
    const check = checkExportAgainstCheckpoint(checkpoint, key.publicJwk, links);
    expect(check.ok).toBe(false);
    expect(check.problems).toContainEqual(problem);
  });

  it('refuses a checkpoint not signed by the key, or whose heads were edited', () => {
    const other = AuditSigningKey.fromPem(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    );
    expect(checkExportAgainstCheckpoint(checkpoint, other.publicJwk, [...a, ...b])).toMatchObject({
      ok: false,
      signatureValid: false,
    });
    const edited = { ...checkpoint, heads: checkpoint.heads.slice(1) };
    expect(checkExportAgainstCheckpoint(edited, key.publicJwk, [...a, ...b])).toMatchObject({
      ok: false,
      headsMatchDigest: false,
    });
  });
});
