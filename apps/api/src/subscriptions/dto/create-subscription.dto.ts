import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { INCIDENT_EVENT_TYPES, SITE_SCOPE_PATTERN } from '@recovery/domain';
import { MAX_TARGET_URL_LENGTH, type SubscriptionRequest } from '@recovery/webhooks';

const MAX_SITES = 50;

/** Body of POST /v1/subscriptions (issue 13). The URL's scheme and host are checked by the service (422). */
export class CreateSubscriptionDto implements SubscriptionRequest {
  @ApiProperty({
    example: 'https://hooks.example.com/recovery',
    format: 'uri',
    description:
      'Where events are POSTed: http or https, no credentials; in production a public host only',
    minLength: 1,
    maxLength: MAX_TARGET_URL_LENGTH,
  })
  @IsString()
  @Length(1, MAX_TARGET_URL_LENGTH)
  url!: string;

  @ApiProperty({
    example: ['IncidentEscalated'],
    description: 'Incident event types to receive',
    type: [String],
    enum: INCIDENT_EVENT_TYPES,
    minItems: 1,
    maxItems: INCIDENT_EVENT_TYPES.length,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(INCIDENT_EVENT_TYPES, { each: true })
  eventTypes!: string[];

  @ApiPropertyOptional({
    example: ['AMS'],
    description: 'Sites whose incidents count (within your own sites); absent: all of yours',
    type: [String],
    minItems: 1,
    maxItems: MAX_SITES,
    uniqueItems: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SITES)
  @ArrayUnique()
  @Matches(SITE_SCOPE_PATTERN, { each: true, message: 'sites must be site codes or "*"' })
  sites?: string[];
}
