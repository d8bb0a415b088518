/** A sign-in with the organisation's identity provider that cannot go on; its message is for the person signing in. */
export class OidcSignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OidcSignInError';
  }
}
