import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, type ExportedLink, type SignedCheckpoint } from '@recovery/audit';
import {
  chainOf,
  newSigningKey,
  signedCheckpointOver,
} from '../../libs/audit/src/checkpoints/signed-checkpoint.spec-fixture';
import { verifyExport } from './verify-export.util';

const key = newSigningKey();
const a = chainOf('5b0c7c1e-0d6f-4d43-9f8e-2b7c4c0c8e10', 3);
const b = chainOf('9e2a1f3c-7d4b-4c1a-8e5f-0a1b2c3d4e5f', 2);
const checkpoint = signedCheckpointOver([a, b], key);

/** An export line as the API writes it, with a resource that needs RFC 4180 quoting. */
function csvLine(link: ExportedLink): string {
  const resource = '"Smith, ""J"" (night desk)\r\nAMS"';
  const fields = [link.caseId, 'Note added', '2026-12-02T08:00:00.000Z', resource, 'frontline'];
  const rest = ['p', '1', 'e', link.streamVersion, link.prevHash, link.hash];
  return `${[...fields, ...rest].join(',')}\r\n`;
}

/** Writes the three files into a fresh folder; returns the command line naming them. */
function filesFor(
  links: ExportedLink[],
  options: { kept?: object; jwk?: object; csv?: string } = {},
): { checkpoint: string; events: string; key: string } {
  const folder = mkdtempSync(join(tmpdir(), 'audit-verify-'));
  const paths = {
    checkpoint: join(folder, 'checkpoint.json'),
    events: join(folder, 'events.csv'),
    key: join(folder, 'signing-key.json'),
  };
  writeFileSync(paths.checkpoint, JSON.stringify(options.kept ?? checkpoint));
  writeFileSync(paths.key, JSON.stringify(options.jwk ?? key.publicJwk));
  writeFileSync(
    paths.events,
    options.csv ?? `${CSV_COLUMNS.join(',')}\r\n${links.map(csvLine).join('')}`,
  );
  return paths;
}

const argv = (paths: { checkpoint: string; events: string; key?: string }): string[] => [
  '--checkpoint',
  paths.checkpoint,
  '--events',
  paths.events,
  ...(paths.key ? ['--key', paths.key] : []),
];

describe('npm run audit:verify, over files', () => {
  it('exits 0 with a summary when the export holds against the signed checkpoint', () => {
    const result = verifyExport(argv(filesFor([...a, ...b])));
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain(`Signature: valid (key ${key.keyId})`);
    expect(result.output).toContain('Export: 2 incidents, 5 events');
    expect(result.output).toContain('OK: every incident of the checkpoint reaches its signed head');
  });

  it('exits 1 naming the incident whose last line was dropped', () => {
    const result = verifyExport(argv(filesFor([...a.slice(0, 2), ...b])));
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('PROBLEMS (1):');
    expect(result.output).toContain(`incident ${a[0].caseId}: truncated at version 3`);
  });

  it('exits 1 for a checkpoint another key signed, whatever the export holds', () => {
    const other = newSigningKey();
    const result = verifyExport(argv(filesFor([...a, ...b], { jwk: other.publicJwk })));
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('Signature: NOT VALID');
  });

  it('exits 1 when the kept heads were edited, though the signature holds', () => {
    const edited: SignedCheckpoint = { ...checkpoint, heads: checkpoint.heads.slice(1) };
    const result = verifyExport(argv(filesFor([...a, ...b], { kept: edited })));
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('Heads: DO NOT match the signed digest');
  });

  it('exits 2 without --key, naming the key the checkpoint needs, and never says OK', () => {
    const { key: _, ...withoutKey } = filesFor([...a, ...b]);
    const result = verifyExport(argv(withoutKey));
    expect(result.exitCode).toBe(2);
    expect(result.output).toContain(key.keyId);
    // The success line's opening: the key id, random base64url, may hold "OK" itself.
    expect(result.output).not.toContain('OK: ');
  });

  it.each([
    ['an unknown option', ['--checkpiont', 'x.json'], 'Unknown option'],
    [
      'a missing file',
      argv({ checkpoint: '/nonexistent.json', events: 'x', key: 'y' }),
      'cannot read',
    ],
    [
      'a checkpoint without heads',
      argv(filesFor(a, { kept: { ...checkpoint, heads: undefined } })),
      'heads',
    ],
    [
      'a checkpoint with an unknown member',
      argv(filesFor(a, { kept: { ...checkpoint, extra: 1 } })),
      'extra',
    ],
    [
      'a key that is no Ed25519 JWK',
      argv(filesFor(a, { jwk: { kty: 'RSA' } })),
      'not an Ed25519 JWK',
    ],
    [
      'a CSV without the chain columns',
      argv(filesFor(a, { csv: 'case_id,activity\r\nx,y\r\n' })),
      'no stream_version, prev_hash, hash column',
    ],
    [
      'a malformed CSV',
      argv(filesFor(a, { csv: `${CSV_COLUMNS.join(',')}\r\n"open\r\n` })),
      'never closed',
    ],
    [
      'a line with a version that is no number',
      argv(
        filesFor(a, {
          csv: `${CSV_COLUMNS.join(',')}\r\n${csvLine(a[0]).replace(',1,0000', ',one,0000')}`,
        }),
      ),
      'record 2',
    ],
  ])('exits 2 for %s', (_, args, message) => {
    const result = verifyExport(args);
    expect(result.exitCode).toBe(2);
    expect(result.output).toContain(message);
  });
});
