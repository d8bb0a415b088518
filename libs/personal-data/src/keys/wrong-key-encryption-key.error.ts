/**
 * A customer data key did not open under PERSONAL_DATA_KEY: the apps were started
 * with another key than the one this database's keys were wrapped with. Nothing
 * sealed can be read or written until the right key is set, so the apps refuse to
 * start with it rather than fail every request.
 */
export class WrongKeyEncryptionKeyError extends Error {
  constructor(keyId: string) {
    super(
      `PERSONAL_DATA_KEY does not open the customer data keys in this database (key ${keyId}): ` +
        'start with the PERSONAL_DATA_KEY they were created under (in development, the personal-data-key file in DATA_DIR).',
    );
    this.name = 'WrongKeyEncryptionKeyError';
  }
}
