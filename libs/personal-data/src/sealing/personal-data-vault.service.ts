import { Injectable } from '@nestjs/common';
import { ERASED_TEXT, parseSealedText, type SealedText } from '@recovery/domain';
import { type DataSource } from 'typeorm';
import { CustomerKeysRepository } from '../keys/customer-keys.repository';
import { type KeyEncryptionKey } from '../keys/key-encryption-key';
import { openSealedText, type Sealer, sealerUnder } from './text-sealing.util';

/**
 * Where personal text is sealed on its way in and revealed on its way out (issue 14,
 * item 3). Everything in between holds only the sealed form.
 */
@Injectable()
export class PersonalDataVault {
  constructor(private readonly keys: CustomerKeysRepository) {}

  /** A vault outside Nest (the worker's hosts, benchmarks, tests). */
  static over(dataSource: DataSource, kek: KeyEncryptionKey): PersonalDataVault {
    return new PersonalDataVault(new CustomerKeysRepository(dataSource, kek));
  }

  /** A sealer under the customer's key, created on their first incident. */
  async sealerFor(customerRef: string): Promise<Sealer> {
    return sealerUnder(await this.keys.keyFor(customerRef));
  }

  /** A sealer under an existing key, or null when that key was erased. */
  async sealerOfKey(keyId: string): Promise<Sealer | null> {
    const dataKey = (await this.keys.existing([keyId])).get(keyId);
    return dataKey ? sealerUnder({ keyId, dataKey }) : null;
  }

  /** The id of the customer's key, if they have one (finding incidents by customer). */
  keyIdOf(customerRef: string): Promise<string | undefined> {
    return this.keys.keyIdOf(customerRef);
  }

  /** Destroys a customer's key (erasure); true when it still existed. */
  destroyKey(keyId: string): Promise<boolean> {
    return this.keys.destroy(keyId);
  }

  /**
   * `value` with every sealed string inside it opened, or ERASED_TEXT where its key is
   * gone. One read of the keys for the whole value, however many customers it spans.
   */
  async reveal<T>(value: T): Promise<T> {
    const sealed = new Map<string, SealedText>();
    collectSealed(value, sealed);
    if (sealed.size === 0) return value;
    const keys = await this.keys.existing([...new Set([...sealed.values()].map((s) => s.keyId))]);
    const opened = new Map<string, string>();
    for (const [text, parts] of sealed) {
      const dataKey = keys.get(parts.keyId);
      // A sealed value that does not open under a live key was altered: shown as it is.
      opened.set(text, dataKey ? (openSealedText(parts, dataKey) ?? text) : ERASED_TEXT);
    }
    return replaceStrings(value, (text) => opened.get(text) ?? text) as T;
  }
}

function collectSealed(value: unknown, into: Map<string, SealedText>): void {
  if (typeof value === 'string') {
    const parts = parseSealedText(value);
    if (parts) into.set(value, parts);
  } else if (Array.isArray(value)) {
    for (const item of value) collectSealed(item, into);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) collectSealed(item, into);
  }
}

function replaceStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, replace));
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceStrings(item, replace)]),
    );
  return value;
}

// Dates, Buffers and class instances other than plain records are left alone.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
