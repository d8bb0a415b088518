import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import { PayloadEncryptionCodec } from './payload-encryption.codec';
import { PayloadKeyUnknown, PayloadUndecryptable } from './payload-encryption.errors';
import { PayloadKeyRing } from './payload-key-ring';

const key = (id: string) => ({ id, key: randomBytes(32) });
const codecOver = (...keys: ReturnType<typeof key>[]) =>
  new PayloadEncryptionCodec(new PayloadKeyRing(keys));
const personal = { customerRef: 'C-4711', summary: 'Jane Roe, 12 Elm Street, +31 6 1234 5678' };
const toPayload = (value: unknown): Payload => defaultPayloadConverter.toPayload(value);
const fromPayload = (payload: Payload): unknown => defaultPayloadConverter.fromPayload(payload);
const text = (payload: Payload): string =>
  Buffer.from(payload.data ?? []).toString('latin1') +
  Object.values(payload.metadata ?? {})
    .map((value) => Buffer.from(value).toString('latin1'))
    .join(' ');

describe('the payload encryption codec', () => {
  const [first, second] = [key('2026-01'), key('2026-07')];

  it('seals the whole payload under the first key: only the encoding and the key id are readable', async () => {
    const [sealed] = (await codecOver(first).encode([toPayload(personal)])) as [Payload];
    expect(Object.keys(sealed.metadata ?? {})).toEqual([
      METADATA_ENCODING_KEY,
      'encryption-key-id',
    ]);
    expect(Buffer.from(sealed.metadata![METADATA_ENCODING_KEY]).toString()).toBe(
      'binary/encrypted',
    );
    expect(Buffer.from(sealed.metadata!['encryption-key-id']).toString()).toBe('2026-01');
    expect(text(sealed)).not.toContain('C-4711');
    expect(text(sealed)).not.toContain('json/plain');
  });

  it('decodes what it encoded, metadata included', async () => {
    const codec = codecOver(first);
    const original = toPayload(personal);
    const [decoded] = (await codec.decode(await codec.encode([original]))) as [Payload];
    expect(fromPayload(decoded)).toEqual(personal);
    expect(Buffer.from(decoded.metadata![METADATA_ENCODING_KEY]).toString()).toBe('json/plain');
  });

  it('seals the same payload differently each time (a fresh IV per payload)', async () => {
    const codec = codecOver(first);
    const [a, b] = await codec.encode([toPayload(personal), toPayload(personal)]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  it('still decrypts under a key that is no longer first, after a rotation', async () => {
    const sealedBefore = await codecOver(first).encode([toPayload(personal)]);
    const rotated = codecOver(second, first);
    expect((await rotated.decode(sealedBefore)).map(fromPayload)).toEqual([personal]);
    const [sealedAfter] = (await rotated.encode([toPayload(personal)])) as [Payload];
    expect(Buffer.from(sealedAfter.metadata!['encryption-key-id']).toString()).toBe('2026-07');
  });

  it('passes payloads that are not encrypted through unchanged (histories from before the codec)', async () => {
    const plain = toPayload(personal);
    const [decoded] = await codecOver(first).decode([plain]);
    expect(decoded).toBe(plain);
  });

  it('names the key id it does not hold, and the ids it does', async () => {
    const sealed = await codecOver(second).encode([toPayload(personal)]);
    const attempt = codecOver(first).decode(sealed);
    await expect(attempt).rejects.toThrow(PayloadKeyUnknown);
    await expect(attempt).rejects.toThrow(/"2026-07".*holds "2026-01"/);
  });

  it('refuses an altered payload, one without a key id, and one too short to hold an IV and a tag', async () => {
    const codec = codecOver(first);
    const [sealed] = (await codec.encode([toPayload(personal)])) as [Payload];
    const altered = Buffer.from(sealed.data!);
    altered[20] = altered[20] ^ 1;
    await expect(codec.decode([{ ...sealed, data: altered }])).rejects.toThrow(
      /authentication tag/,
    );
    const { 'encryption-key-id': _dropped, ...withoutKeyId } = sealed.metadata!;
    await expect(codec.decode([{ ...sealed, metadata: withoutKeyId }])).rejects.toThrow(
      PayloadUndecryptable,
    );
    await expect(codec.decode([{ ...sealed, data: altered.subarray(0, 20) }])).rejects.toThrow(
      /too short/,
    );
  });
});
