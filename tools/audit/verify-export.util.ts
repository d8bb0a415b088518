import { checkExportAgainstCheckpoint } from '@recovery/audit';
import { exportReport } from './export-report.util';
import { UnusableInput } from './unusable-input.error';
import { readVerifyInputs } from './verify-inputs.util';

/** 0: the export holds against the checkpoint; 1: problems found; 2: bad usage or unusable files. */
export type VerifyExitCode = 0 | 1 | 2;

/**
 * What `npm run audit:verify` decides for its command line, offline: the checkpoint's
 * signature against the public key, then the export's chains against its heads.
 */
export function verifyExport(argv: string[]): { exitCode: VerifyExitCode; output: string } {
  try {
    const { checkpoint, key, links } = readVerifyInputs(argv);
    const check = checkExportAgainstCheckpoint(checkpoint, key, links);
    return { exitCode: check.ok ? 0 : 1, output: exportReport(checkpoint, check).join('\n') };
  } catch (error) {
    if (error instanceof UnusableInput) return { exitCode: 2, output: error.message };
    throw error;
  }
}
