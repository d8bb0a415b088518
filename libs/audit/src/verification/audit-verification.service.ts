import { Injectable } from '@nestjs/common';
import { incidentIdFromStreamId, incidentStreamId } from '@recovery/domain';
import {
  EventStore,
  type BrokenLink,
  type HeadsDigest,
  type VerifyReport,
} from '@recovery/event-store';
import { IncidentStreamNotFound } from '../audit.error';
import { incidentEventsUrl } from '../report/deviations.query';

/** The answer of GET /v1/audit/verify. */
export interface AuditVerification extends Omit<VerifyReport, 'broken'> {
  scope: { incidentId: string } | 'store';
  /** The first broken link, with the incident it belongs to when it is an incident stream. */
  broken?: BrokenLink & { incidentId?: string; eventsUrl?: string };
  /** For the whole store: one hash over every stream head, to keep outside the system. */
  headsDigest?: HeadsDigest;
}

/** Proof (issue 6 §4): recomputes the hash chains through the event store. */
@Injectable()
export class AuditVerificationService {
  constructor(private readonly store: EventStore) {}

  /** Verifies one incident's stream, or every stream plus the heads digest. */
  async verify(incidentId?: string): Promise<AuditVerification> {
    if (incidentId !== undefined) {
      const report = await this.store.verify(incidentStreamId(incidentId));
      if (report.streams === 0) throw new IncidentStreamNotFound(incidentId);
      return { ...report, scope: { incidentId }, broken: locate(report.broken) };
    }
    const [report, headsDigest] = await Promise.all([
      this.store.verify(),
      this.store.headsDigest(),
    ]);
    return { ...report, scope: 'store', broken: locate(report.broken), headsDigest };
  }
}

function locate(broken: BrokenLink | undefined): AuditVerification['broken'] {
  if (!broken) return undefined;
  const incidentId = incidentIdFromStreamId(broken.streamId);
  return incidentId ? { ...broken, incidentId, eventsUrl: incidentEventsUrl(incidentId) } : broken;
}
