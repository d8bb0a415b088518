/** Signed checkpoints over made-up chains, for the specs of the offline checks. */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { digestOfHeads, type StreamHead } from '@recovery/event-store';
import { AuditSigningKey } from './audit-signing-key';
import { checkpointStatement } from './checkpoint-statement.util';
import { type SignedCheckpoint } from './checkpoint.types';
import { type ExportedLink } from './export-against-checkpoint';

/** A fresh Ed25519 signing key. */
export function newSigningKey(): AuditSigningKey {
  return AuditSigningKey.fromPem(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
}

/** A chain of `length` links for one case, with made-up but consistent hashes. */
export function chainOf(caseId: string, length: number): ExportedLink[] {
  const links: ExportedLink[] = [];
  let prevHash = '0'.repeat(64);
  for (let version = 1; version <= length; version++) {
    const hash = randomUUID().replace(/-/g, '').repeat(2);
    links.push({ caseId, streamVersion: version, prevHash, hash });
    prevHash = hash;
  }
  return links;
}

/** A checkpoint whose heads are the chains' last links, signed by `key`. */
export function signedCheckpointOver(
  chains: ExportedLink[][],
  key: AuditSigningKey,
): SignedCheckpoint {
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
