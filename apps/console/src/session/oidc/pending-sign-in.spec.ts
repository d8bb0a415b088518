import { type PendingSignIn, rememberPendingSignIn, takePendingSignIn } from './pending-sign-in';

const PENDING: PendingSignIn = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier',
  issuer: 'https://id.example',
  clientId: 'console',
  tokenEndpoint: 'https://id.example/token',
  redirectUri: 'https://recovery.example/console/',
  returnTo: '/console/approvals/7',
};

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    size: () => items.size,
  };
}

describe('the pending sign-in', () => {
  it('is given back once, then forgotten, so an answer cannot be replayed', () => {
    const store = memoryStore();
    rememberPendingSignIn(store, PENDING);
    expect(takePendingSignIn(store)).toEqual(PENDING);
    expect(store.size()).toBe(0);
    expect(() => takePendingSignIn(store)).toThrow(/not started in this tab/);
  });
});
