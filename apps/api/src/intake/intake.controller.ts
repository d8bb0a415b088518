import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { IntakeApiKey } from '../auth/access.decorator';
import { type ApiRequest } from '../common/api-request';
import { correlationIdOf } from '../common/correlation-id.util';
import { CommandProblems } from '../common/problem-responses.decorator';
import { CloudEventsPipe } from './cloud-events.pipe';
import { CloudEventDto, IntakeBatchResultDto, IntakeResultDto } from './dto/cloud-event.dto';
import { IntakeService } from './intake.service';

@ApiTags('intake')
@ApiExtraModels(CloudEventDto, IntakeBatchResultDto, IntakeResultDto)
@Controller('v1/intake')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** One structured event answers with its own result; a batch answers 200 with one result per event. */
  @Post('events')
  @HttpCode(200)
  @IntakeApiKey()
  @ApiOperation({ summary: 'Upstream events (CloudEvents 1.0, structured or batch mode)' })
  @ApiConsumes(
    'application/cloudevents+json',
    'application/cloudevents-batch+json',
    'application/json',
  )
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(CloudEventDto) },
        {
          type: 'array',
          items: { $ref: getSchemaPath(CloudEventDto) },
          minItems: 1,
          maxItems: 100,
        },
      ],
    },
  })
  @ApiOkResponse({
    description:
      'Batch: one result per event (IntakeBatchResult); single: the event added a note (IntakeResult)',
    schema: {
      oneOf: [
        { $ref: getSchemaPath(IntakeBatchResultDto) },
        { $ref: getSchemaPath(IntakeResultDto) },
      ],
    },
  })
  @ApiCreatedResponse({ description: 'Single event: it opened an incident', type: IntakeResultDto })
  @CommandProblems()
  async receive(
    @Body(CloudEventsPipe) events: CloudEventDto[],
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IntakeResultDto | IntakeBatchResultDto> {
    const system = request.intakeSystem!;
    if (Array.isArray(request.body)) {
      return { items: await this.intake.receiveBatch(events, system, correlationIdOf(request)) };
    }
    const result = await this.intake.receive(events[0], system, correlationIdOf(request));
    response.status(result.status);
    return result;
  }
}
