import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@recovery/webhooks';
import { SequencePageQueryDto } from '../../common/sequence-page.query.dto';

/** Query of GET /v1/subscriptions/:id/deliveries. */
export class ListDeliveriesQueryDto extends SequencePageQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
