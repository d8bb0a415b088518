import { type DataConverter } from '@temporalio/common';
import { type AppConfig } from '@recovery/config';
import { PayloadEncryptionCodec } from './payload-encryption.codec';
import { loadPayloadKeyRing } from './payload-key-ring.source';

/**
 * The data converter of every Client and Worker on the namespace: default JSON
 * conversion, then the encryption codec. The codec runs in the worker's main
 * thread, outside the workflow sandbox, so workflow code stays untouched.
 */
export function encryptingDataConverter(codec: PayloadEncryptionCodec): DataConverter {
  return { payloadCodecs: [codec] };
}

/** The codec over the configured key ring (or the development key, with a warning). */
export function payloadEncryptionCodec(
  config: Pick<AppConfig, 'temporal' | 'dataDir'>,
  warn: (message: string) => void,
): PayloadEncryptionCodec {
  return new PayloadEncryptionCodec(loadPayloadKeyRing(config, warn));
}
