/**
 * PostgreSQL could not be reached at boot; the message names the URL (without its
 * password) and the setting it came from: the apps connect with DATABASE_URL,
 * migrations with MIGRATION_DATABASE_URL when it is set.
 */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(
      `Cannot connect to PostgreSQL at ${redactPassword(url)}: ${cause instanceof Error ? cause.message : String(cause)}\n` +
        'Check DATABASE_URL (and MIGRATION_DATABASE_URL for migrations), or unset them to let `npm start` run an embedded PostgreSQL.',
    );
    this.name = 'DatabaseUnreachableError';
  }
}

/** The URL with its password replaced, safe to print. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable DATABASE_URL>'; // never echo a malformed secret back
  }
}
