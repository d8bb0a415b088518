import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Query of GET /v1/delegations. */
export class ListDelegationsQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '`true`: only delegations in effect now (who is acting for whom)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}
