import { randomBytes, randomUUID } from 'node:crypto';
import { formatSealedText, parseSealedText } from '@recovery/domain';
import { openSealedText, sealText } from './text-sealing.util';

describe('sealing text under a customer data key', () => {
  const keyId = randomUUID();
  const dataKey = randomBytes(32);

  it('opens to the text it sealed, which it does not contain in clear', () => {
    const text = 'Jane Doe, 06-12345678: taxi to Hotel Okura 🚕';
    const sealed = sealText(keyId, dataKey, text);
    expect(sealed).not.toContain('Jane');
    expect(parseSealedText(sealed)).toMatchObject({ keyId, length: text.length });
    expect(openSealedText(parseSealedText(sealed)!, dataKey)).toBe(text);
  });

  it('seals the same text differently each time (a fresh iv)', () => {
    expect(sealText(keyId, dataKey, 'same')).not.toBe(sealText(keyId, dataKey, 'same'));
  });

  it('does not open under another key, nor with its key id or length swapped', () => {
    const parts = parseSealedText(sealText(keyId, dataKey, 'private'))!;
    expect(openSealedText(parts, randomBytes(32))).toBeNull();
    expect(openSealedText({ ...parts, keyId: randomUUID() }, dataKey)).toBeNull();
    expect(openSealedText({ ...parts, length: parts.length + 1 }, dataKey)).toBeNull();
  });

  it('does not open altered or truncated bytes', () => {
    const parts = parseSealedText(sealText(keyId, dataKey, 'private'))!;
    const bytes = Buffer.from(parts.ciphertext, 'base64url');
    bytes[13] = bytes[13] ^ 1;
    expect(
      openSealedText({ ...parts, ciphertext: bytes.toString('base64url') }, dataKey),
    ).toBeNull();
    expect(openSealedText({ ...parts, ciphertext: 'AAAA' }, dataKey)).toBeNull();
  });

  it('round-trips the textual form, and reads anything else as not sealed', () => {
    const parts = parseSealedText(sealText(keyId, dataKey, 'x'))!;
    expect(parseSealedText(formatSealedText(parts))).toEqual(parts);
    expect(parseSealedText('sealed:v1:not-a-key:1:abc')).toBeNull();
    expect(parseSealedText('C-1001')).toBeNull();
    expect(parseSealedText(42)).toBeNull();
  });
});
