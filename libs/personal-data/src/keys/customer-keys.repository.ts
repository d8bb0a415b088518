import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type KeyEncryptionKey } from './key-encryption-key';
import { WrongKeyEncryptionKeyError } from './wrong-key-encryption-key.error';

/** A customer's data key, unwrapped, with the id sealed text names it by. */
export interface CustomerDataKey {
  keyId: string;
  dataKey: Buffer;
}

interface KeyRow {
  key_id: string;
  wrapped_key: Buffer;
}

/** customer_data_keys: created on a customer's first incident, deleted by erasure. */
export class CustomerKeysRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kek: KeyEncryptionKey,
  ) {}

  /**
   * The customer's key, created when they have none. Concurrent first incidents agree
   * on one: the loser of the insert reads the winner's, in a second statement when the
   * winner committed after the first one's snapshot was taken.
   */
  async keyFor(customerRef: string): Promise<CustomerDataKey> {
    const lookup = this.kek.lookupHash(customerRef);
    const keyId = randomUUID();
    const { wrappedKey } = this.kek.newDataKey(keyId);
    const rows = await this.dataSource.query<KeyRow[]>(
      `WITH created AS (
         INSERT INTO customer_data_keys (key_id, customer_lookup, wrapped_key) VALUES ($1, $2, $3)
         ON CONFLICT (customer_lookup) DO NOTHING RETURNING key_id, wrapped_key)
       SELECT key_id, wrapped_key FROM created
       UNION ALL SELECT key_id, wrapped_key FROM customer_data_keys WHERE customer_lookup = $2
       LIMIT 1`,
      [keyId, lookup, wrappedKey],
    );
    const row = rows[0] ?? (await this.rowByLookup(lookup));
    return this.unwrapped(row);
  }

  private async rowByLookup(lookup: Buffer): Promise<KeyRow> {
    const rows = await this.dataSource.query<KeyRow[]>(
      `SELECT key_id, wrapped_key FROM customer_data_keys WHERE customer_lookup = $1`,
      [lookup],
    );
    return rows[0];
  }

  /** The id of the customer's key, if they have one: how incidents are found by customer. */
  async keyIdOf(customerRef: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ key_id: string }[]>(
      `SELECT key_id FROM customer_data_keys WHERE customer_lookup = $1`,
      [this.kek.lookupHash(customerRef)],
    );
    return rows[0]?.key_id;
  }

  /** The keys that still exist among `keyIds`; an erased one is simply absent. */
  async existing(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (keyIds.length === 0) return new Map();
    const rows = await this.dataSource.query<KeyRow[]>(
      `SELECT key_id, wrapped_key FROM customer_data_keys WHERE key_id = ANY($1::uuid[])`,
      [keyIds],
    );
    return new Map(rows.map((row) => [row.key_id, this.unwrapped(row).dataKey]));
  }

  /** Destroys the key; true when it existed. */
  async destroy(keyId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ key_id: string }[]>(
      `DELETE FROM customer_data_keys WHERE key_id = $1 RETURNING key_id`,
      [keyId],
    );
    return rows.length > 0;
  }

  /**
   * Throws {@link WrongKeyEncryptionKeyError} unless a stored key opens under this
   * PERSONAL_DATA_KEY (at boot). One key wraps them all, so any row tells, and
   * reading the first one found costs nothing however many customers there are.
   */
  async assertOpensStoredKeys(): Promise<void> {
    const rows = await this.dataSource.query<KeyRow[]>(
      `SELECT key_id, wrapped_key FROM customer_data_keys LIMIT 1`,
    );
    if (rows[0]) this.unwrapped(rows[0]);
  }

  private unwrapped(row: KeyRow): CustomerDataKey {
    try {
      return { keyId: row.key_id, dataKey: this.kek.unwrap(row.key_id, row.wrapped_key) };
    } catch {
      throw new WrongKeyEncryptionKeyError(row.key_id);
    }
  }
}
