import { isUuid } from '@recovery/domain';
import { deterministicUuid } from './deterministic-uuid.util';

describe('deterministicUuid', () => {
  it('is a stable version-5 style UUID per input and differs between inputs', () => {
    const a = deterministicUuid('telematics', '/cars/1', 'evt-1');
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
    expect(deterministicUuid('telematics', '/cars/1', 'evt-1')).toBe(a);
    expect(deterministicUuid('telematics', '/cars/1', 'evt-2')).not.toBe(a);
    expect(deterministicUuid('telematics', '/cars/1e', 'vt-1')).not.toBe(a);
  });
});
