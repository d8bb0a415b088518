import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type ExportedLink, type SignedCheckpoint, type SigningKeyJwk } from '@recovery/audit';
import { KeptCheckpointDto } from '../../apps/api/src/audit/dto/kept-checkpoint.dto';
import { toFieldErrors } from '../../apps/api/src/common/request-validation.error';
import { linksOfEventLog } from './event-log-links.util';
import { UnusableInput } from './unusable-input.error';

export const USAGE =
  'usage: npm run audit:verify -- --checkpoint checkpoint.json --events events.csv --key signing-key.json';

export interface VerifyInputs {
  checkpoint: SignedCheckpoint;
  key: SigningKeyJwk;
  links: ExportedLink[];
}

/** The three files the command line names, read and checked for shape. */
export function readVerifyInputs(argv: string[]): VerifyInputs {
  const paths = parseVerifyArguments(argv);
  const checkpoint = toCheckpoint(readJson(paths.checkpoint));
  if (!paths.key)
    throw new UnusableInput(
      `--key is required: without the public key the checkpoint's signature cannot be checked, ` +
        `so nothing it says can be trusted. Pass the JWK of GET /v1/audit/signing-key whose kid ` +
        `is ${checkpoint.keyId}.\n${USAGE}`,
    );
  return {
    checkpoint,
    key: toSigningKey(readJson(paths.key), paths.key),
    links: linksOfEventLog(readText(paths.events), paths.events),
  };
}

function parseVerifyArguments(argv: string[]): {
  checkpoint: string;
  events: string;
  key?: string;
} {
  let values: { checkpoint?: string; events?: string; key?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        checkpoint: { type: 'string' },
        events: { type: 'string' },
        key: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UnusableInput(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.checkpoint || !values.events) throw new UnusableInput(USAGE);
  return { checkpoint: values.checkpoint, events: values.events, key: values.key };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UnusableInput(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function readJson(path: string): { path: string; value: unknown } {
  try {
    return { path, value: JSON.parse(readText(path)) as unknown };
  } catch (error) {
    if (error instanceof UnusableInput) throw error;
    throw new UnusableInput(`${path} is not JSON: ${(error as Error).message}`);
  }
}

// The same rules as the body of POST /v1/audit/verify, and the heads are needed offline.
function toCheckpoint({ path, value }: { path: string; value: unknown }): SignedCheckpoint {
  const dto = plainToInstance(KeptCheckpointDto, value);
  const errors =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? toFieldErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }))
      : [{ field: '(root)', message: 'must be a JSON object' }];
  if (!dto.heads) errors.push({ field: 'heads', message: 'the offline check needs every head' });
  if (errors.length > 0)
    throw new UnusableInput(
      `${path} is not a checkpoint as the API returns it: ` +
        errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    );
  return dto as SignedCheckpoint;
}

function toSigningKey(
  { path, value }: { path: string; value: unknown },
  name: string,
): SigningKeyJwk {
  const jwk = value as Partial<Record<keyof SigningKeyJwk, unknown>> | null;
  if (
    jwk?.kty !== 'OKP' ||
    jwk.crv !== 'Ed25519' ||
    typeof jwk.x !== 'string' ||
    typeof jwk.kid !== 'string'
  )
    throw new UnusableInput(
      `${name} is not an Ed25519 JWK (kty OKP, crv Ed25519, x, kid) in ${path}`,
    );
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid, alg: 'EdDSA', use: 'sig' };
}
