import { ValidateBy, type ValidationOptions } from 'class-validator';

/** One AES-256 key of PAYLOAD_ENCRYPTION_KEYS, named by the id every payload it sealed carries. */
export interface PayloadEncryptionKey {
  id: string;
  key: Buffer;
}

// `keyId:base64key`, the key 32 bytes (44 base64 characters); ids name keys in payload metadata.
const ENTRY = /^[A-Za-z0-9._-]{1,64}:[A-Za-z0-9+/]{43}=$/;

/** The keys of PAYLOAD_ENCRYPTION_KEYS (validated at boot), in order: the first encrypts. */
export function parsePayloadEncryptionKeys(list: string): PayloadEncryptionKey[] {
  return list
    .trim()
    .split(',')
    .map((entry) => {
      const [id, base64] = entry.split(':') as [string, string];
      return { id, key: Buffer.from(base64, 'base64') };
    });
}

/** Validates PAYLOAD_ENCRYPTION_KEYS: `keyId:base64` entries of 32-byte keys, each id once. */
export function IsPayloadEncryptionKeyList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPayloadEncryptionKeyList',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const entries = value.split(',');
          const ids = entries.map((entry) => entry.split(':')[0]);
          return entries.every((entry) => ENTRY.test(entry)) && new Set(ids).size === ids.length;
        },
        defaultMessage: () =>
          'PAYLOAD_ENCRYPTION_KEYS must be keyId:key entries separated by commas, each key 32 bytes in base64 ' +
          '(openssl rand -base64 32) and each id once; the first encrypts, all decrypt',
      },
    },
    options,
  );
}
