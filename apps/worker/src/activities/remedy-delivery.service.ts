import { Injectable, Logger } from '@nestjs/common';
import { toMajorUnits } from '@recovery/domain';
import { type DeliverRemedyInput, type DeliverRemedyResult } from '@recovery/workflows';

/**
 * Hands a granted remedy to whoever provides it. No provider integration exists
 * yet (taxi desk, refunds, vouchers), so delivery is recorded with a reference
 * derived from the remedy id: a retried activity returns the same reference.
 */
@Injectable()
export class RemedyDeliveryService {
  private readonly logger = new Logger(RemedyDeliveryService.name);

  deliver(input: DeliverRemedyInput): Promise<DeliverRemedyResult> {
    this.logger.log(
      `delivering ${input.remedyType} ${toMajorUnits(input.amount, input.currency)} ${input.currency} for incident ${input.incidentId}`,
    );
    return Promise.resolve({ deliveryRef: `${input.remedyType}:${input.remedyId}` });
  }
}
