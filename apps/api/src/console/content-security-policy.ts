/**
 * The console's Content-Security-Policy: its own scripts and styles only, no
 * inline code, no framing. The identity provider is named where the console
 * talks to it (token and discovery requests) and where it sends the browser.
 */
export function consoleContentSecurityPolicy(identityProvider?: string): string {
  const provider = identityProvider ? ` ${new URL(identityProvider).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${provider}`,
    `form-action 'self'${provider}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
