import { canonicalJson } from '../hashing/canonical-json.util';
import { personalDataDigest, sealPersonalData } from './personal-data-digest.util';

describe('sealPersonalData', () => {
  const data = { name: 'Ada Lovelace', phone: '+44 20 7946 0000' };

  it('hides the data behind a random salt: the same data sealed twice gives different digests', () => {
    expect(sealPersonalData(data).digest.equals(sealPersonalData(data).digest)).toBe(false);
  });

  it('is checkable while the salt and data exist, whatever the key order', () => {
    const sealed = sealPersonalData(data);
    const reread = canonicalJson({ phone: data.phone, name: data.name });
    expect(personalDataDigest(sealed.salt, reread).equals(sealed.digest)).toBe(true);
    expect(
      personalDataDigest(sealed.salt, canonicalJson({ ...data, name: 'Eve' })).equals(
        sealed.digest,
      ),
    ).toBe(false);
  });
});
