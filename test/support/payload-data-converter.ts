import { type DataConverter } from '@temporalio/common';
import { toAppConfig, validateEnvironment } from '@recovery/config';
import { encryptingDataConverter, payloadEncryptionCodec } from '@recovery/temporal';

/**
 * The data converter the apps build from this environment: PAYLOAD_ENCRYPTION_KEYS,
 * else DATA_DIR's development key, which the apps of the run (spawned ones too) share.
 * A test's own Client or Worker needs it to read what they wrote, and they what it wrote.
 */
export function appsDataConverter(): DataConverter {
  const config = toAppConfig(validateEnvironment(process.env));
  return encryptingDataConverter(payloadEncryptionCodec(config, () => undefined));
}
