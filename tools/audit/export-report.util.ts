import {
  type ExportCheck,
  type ExportProblem,
  type ExportProblemReason,
  type SignedCheckpoint,
} from '@recovery/audit';

/** The human summary of an export checked against a checkpoint, one line each. */
export function exportReport(checkpoint: SignedCheckpoint, check: ExportCheck): string[] {
  const { position } = checkpoint;
  const lines = [
    `Checkpoint ${checkpoint.checkpointId}, taken ${checkpoint.takenAt} by ${checkpoint.takenBy}`,
    `  at position ${position.transactionId}/${position.globalPosition}: ${checkpoint.streams} streams, ${checkpoint.events} events`,
    `Signature: ${check.signatureValid ? `valid (key ${checkpoint.keyId})` : 'NOT VALID for this key: the checkpoint proves nothing'}`,
    `Heads: ${check.headsMatchDigest ? 'match the signed digest' : 'DO NOT match the signed digest: they were edited'}`,
    `Export: ${check.cases} incidents, ${check.events} events`,
  ];
  if (check.ok)
    return [
      ...lines,
      'OK: every incident of the checkpoint reaches its signed head in the export, each chain unbroken.',
    ];
  return [
    ...lines,
    `PROBLEMS (${check.problems.length}):`,
    ...check.problems.map((problem) => `  incident ${problem.caseId}: ${describe(problem)}`),
  ];
}

function describe(problem: ExportProblem): string {
  const at = problem.streamVersion === undefined ? '' : ` at version ${problem.streamVersion}`;
  return `${problem.reason}${at}: ${meaning(problem.reason)}`;
}

function meaning(reason: ExportProblemReason): string {
  switch (reason) {
    case 'version-gap':
      return 'a version is missing or repeated in the export';
    case 'prev-hash-mismatch':
      return 'the line does not link to the line before it';
    case 'truncated':
      return "the export ends before the checkpoint's head";
    case 'rewritten':
      return 'the event at the head has another hash than the checkpoint signed';
    case 'case-missing':
      return 'the checkpoint has this incident, the export does not';
    default: {
      const unknown: never = reason;
      return unknown;
    }
  }
}
