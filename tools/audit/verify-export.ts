import { verifyExport } from './verify-export.util';

/**
 * `npm run audit:verify -- --checkpoint checkpoint.json --events events.csv --key signing-key.json`:
 * checks an event-log export against a kept checkpoint and the public key, with no database.
 */
const { exitCode, output } = verifyExport(process.argv.slice(2));
(exitCode === 2 ? process.stderr : process.stdout).write(`${output}\n`);
process.exitCode = exitCode;
