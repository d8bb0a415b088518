/**
 * The apps' key settings as this process has them (the e2e environment sets both; int
 * tests leave them to DATA_DIR's development keys), for an app the test spawns: every
 * app of a run must seal and encrypt under the same keys to read each other's data.
 */
export function appKeyEnvironment(): Record<string, string> {
  const names = ['PERSONAL_DATA_KEY', 'PAYLOAD_ENCRYPTION_KEYS'] as const;
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = process.env[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
}
