import { checkpointStatement } from './checkpoint-statement.util';
import { checkExportAgainstCheckpoint } from './export-against-checkpoint';
import { chainOf, newSigningKey, signedCheckpointOver } from './signed-checkpoint.spec-fixture';

const key = newSigningKey();

describe('an export checked against a signed checkpoint, offline', () => {
  const a = chainOf('a1', 4);
  const b = chainOf('b2', 3);
  const checkpoint = signedCheckpointOver([a, b], key);

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

  it('refuses a checkpoint not signed by the key, a key whose kid is not its own, and edited heads', () => {
    const other = newSigningKey().publicJwk;
    expect(checkExportAgainstCheckpoint(checkpoint, other, [...a, ...b])).toMatchObject({
      ok: false,
      signatureValid: false,
    });
    // A forger's key file under this key's kid, and a checkpoint the forger signed naming it.
    const forger = newSigningKey();
    const { signature: _, heads, ...statement } = checkpoint;
    const forged = { ...statement, heads, signature: forger.sign(checkpointStatement(statement)) };
    const swapped = { ...forger.publicJwk, kid: key.keyId };
    expect(checkExportAgainstCheckpoint(forged, swapped, [...a, ...b]).signatureValid).toBe(false);
    const edited = { ...checkpoint, heads: checkpoint.heads.slice(1) };
    expect(checkExportAgainstCheckpoint(edited, key.publicJwk, [...a, ...b])).toMatchObject({
      ok: false,
      headsMatchDigest: false,
    });
  });
});
