import { type RemedyProposalAccepted } from '@recovery/workflows';
import { type RemedyProposalDto } from './dto/command-results.dto';

/** Issue 5 names the remedy's status `status`; the incident's status moves to `incidentStatus`. */
export function toRemedyProposal(accepted: RemedyProposalAccepted): RemedyProposalDto {
  return {
    remedyId: accepted.remedyId,
    status: accepted.remedyStatus,
    ...(accepted.approvalId ? { approvalId: accepted.approvalId } : {}),
    incidentId: accepted.incidentId,
    incidentStatus: accepted.status,
    version: accepted.version,
    eventTypes: accepted.eventTypes,
  };
}
