import { incidentIdFromStreamId } from '@recovery/domain';
import { digestOfHeads } from '@recovery/event-store';
import { type SigningKeyJwk } from './audit-signing-key';
import { isSignedBy } from './checkpoint-signature.util';
import { type SignedCheckpoint } from './checkpoint.types';

/** One line of the CSV event log, as far as the chain goes. */
export interface ExportedLink {
  caseId: string;
  streamVersion: number;
  prevHash: string;
  hash: string;
}

export type ExportProblemReason =
  | 'version-gap' // a version is missing or repeated in the export
  | 'prev-hash-mismatch' // a line's link does not name the line before
  | 'truncated' // the export ends before the checkpoint's head
  | 'rewritten' // the export's event at the head's version has another hash
  | 'case-missing'; // the checkpoint has the incident, the export does not

export interface ExportProblem {
  caseId: string;
  streamVersion?: number;
  reason: ExportProblemReason;
}

export interface ExportCheck {
  ok: boolean;
  signatureValid: boolean;
  headsMatchDigest: boolean;
  cases: number;
  events: number;
  problems: ExportProblem[];
}

const GENESIS = '0'.repeat(64);

/**
 * Checks an exported event log against a signed checkpoint, with no database: the
 * checkpoint is signed by `key` and its heads hash to its digest; each incident's
 * lines form an unbroken chain from its first event; and each incident the checkpoint
 * names reaches, in the export, exactly the head the checkpoint recorded. What it
 * cannot show: that a line's other columns (activity, time, actor) are the event's,
 * since the export carries the chain's hashes, not the content they cover.
 */
export function checkExportAgainstCheckpoint(
  checkpoint: SignedCheckpoint,
  key: SigningKeyJwk,
  links: readonly ExportedLink[],
): ExportCheck {
  const byCase = groupByCase(links);
  const problems = [...byCase].flatMap(([caseId, chain]) => chainProblems(caseId, chain));
  for (const head of checkpoint.heads) {
    const caseId = incidentIdFromStreamId(head.streamId);
    if (caseId === undefined) continue;
    const chain = byCase.get(caseId);
    if (!chain) problems.push({ caseId, reason: 'case-missing' });
    else {
      const atHead = chain.find((link) => link.streamVersion === head.version);
      if (!atHead) problems.push({ caseId, streamVersion: head.version, reason: 'truncated' });
      else if (atHead.hash !== head.hash)
        problems.push({ caseId, streamVersion: head.version, reason: 'rewritten' });
    }
  }
  const signatureValid = isSignedBy(checkpoint, key);
  const headsMatchDigest = digestOfHeads(checkpoint.heads) === checkpoint.headsDigest;
  return {
    ok: signatureValid && headsMatchDigest && problems.length === 0,
    signatureValid,
    headsMatchDigest,
    cases: byCase.size,
    events: links.length,
    problems,
  };
}

function groupByCase(links: readonly ExportedLink[]): Map<string, ExportedLink[]> {
  const byCase = new Map<string, ExportedLink[]>();
  for (const link of links) {
    const chain = byCase.get(link.caseId) ?? [];
    chain.push(link);
    byCase.set(link.caseId, chain);
  }
  for (const chain of byCase.values()) chain.sort((a, b) => a.streamVersion - b.streamVersion);
  return byCase;
}

/** The first break in one incident's exported chain, if any. */
function chainProblems(caseId: string, chain: readonly ExportedLink[]): ExportProblem[] {
  let previous = GENESIS;
  for (const [index, link] of chain.entries()) {
    if (link.streamVersion !== index + 1)
      return [{ caseId, streamVersion: index + 1, reason: 'version-gap' }];
    if (link.prevHash !== previous)
      return [{ caseId, streamVersion: link.streamVersion, reason: 'prev-hash-mismatch' }];
    previous = link.hash;
  }
  return [];
}
