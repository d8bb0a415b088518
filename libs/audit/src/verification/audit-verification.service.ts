import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { incidentIdFromStreamId, incidentStreamId } from '@recovery/domain';
import {
  EventStore,
  type BrokenLink,
  type HeadsDigest,
  type VerifyReport,
} from '@recovery/event-store';
import { IncidentStreamNotFound } from '../audit.error';
import { incidentEventsUrl } from '../report/deviations.query';
import { checkIncidentReadModels, type ReadModelCheck } from './read-model-drift';

/** The answer of GET /v1/audit/verify. */
export interface AuditVerification extends Omit<VerifyReport, 'broken'> {
  scope: { incidentId: string } | 'store';
  /** The first broken link, with the incident it belongs to when it is an incident stream. */
  broken?: BrokenLink & { incidentId?: string; eventsUrl?: string };
  /** For the whole store: one hash over every stream head, to keep outside the system. */
  headsDigest?: HeadsDigest;
  /** For the whole store: each incident's read model against its stream's head. */
  readModels?: ReadModelCheck;
}

/** Proof (issue 6 §4): recomputes the hash chains through the event store. */
@Injectable()
export class AuditVerificationService {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * Verifies one incident's stream, or every stream plus the heads digest and the
   * incident read models: `ok` only when the chains hold and no read model disagrees.
   */
  async verify(incidentId?: string): Promise<AuditVerification> {
    if (incidentId !== undefined) {
      const report = await this.store.verify(incidentStreamId(incidentId));
      if (report.streams === 0) throw new IncidentStreamNotFound(incidentId);
      return { ...report, scope: { incidentId }, broken: locate(report.broken) };
    }
    const [report, headsDigest, readModels] = await Promise.all([
      this.store.verify(),
      this.store.headsDigest(),
      checkIncidentReadModels(this.dataSource),
    ]);
    return {
      ...report,
      ok: report.ok && readModels.ok,
      scope: 'store',
      broken: locate(report.broken),
      headsDigest,
      readModels,
    };
  }
}

function locate(broken: BrokenLink | undefined): AuditVerification['broken'] {
  if (!broken) return undefined;
  const incidentId = incidentIdFromStreamId(broken.streamId);
  return incidentId ? { ...broken, incidentId, eventsUrl: incidentEventsUrl(incidentId) } : broken;
}
