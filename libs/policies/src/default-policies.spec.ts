import { validatePolicyDocument } from '@recovery/domain';
import { DEFAULT_POLICIES } from './default-policies';

describe('DEFAULT_POLICIES', () => {
  it.each(DEFAULT_POLICIES.map((p) => [p.key, p]))('seeds a valid %s policy', (_key, policy) => {
    expect(validatePolicyDocument(policy)).toEqual({ ok: true, policy });
  });

  it('has exactly one catch-all default', () => {
    expect(DEFAULT_POLICIES.filter((p) => p.isDefault === true).map((p) => p.key)).toEqual([
      'default',
    ]);
  });
});
