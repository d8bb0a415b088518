import { applyDecorators, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { IntakeApiKey } from '../auth/access.decorator';
import { type ApiRequest } from '../common/api-request';
import { correlationIdOf } from '../common/correlation-id.util';
import { CommandProblems, ProblemResponse } from '../common/problem-responses.decorator';
import { CloudEventDto, IntakeBatchResultDto, IntakeResultDto } from './dto/cloud-event.dto';
import { IntakeService } from './intake.service';
import { IntakeEventsOf } from './reading/intake-events.decorator';
import { type IntakeEvents } from './reading/intake-request.util';
import { MAX_BATCH } from './reading/cloud-event-validation.util';

// Binary mode's attributes: each CloudEvents attribute as a header, the body is `data`.
const BINARY_HEADERS = ['ce-specversion', 'ce-id', 'ce-source', 'ce-type', 'ce-subject', 'ce-time'];

@ApiTags('intake')
@ApiExtraModels(CloudEventDto, IntakeBatchResultDto, IntakeResultDto)
@Controller('v1/intake')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** One event answers with its own result; a batch answers 200 with one result per event. */
  @Post('events')
  @HttpCode(200)
  @IntakeApiKey()
  @ApiOperation({
    summary: 'Upstream events (CloudEvents 1.0 in binary, structured or batch mode)',
    requestBody: {
      required: true,
      content: {
        'application/cloudevents+json': { schema: { $ref: getSchemaPath(CloudEventDto) } },
        'application/cloudevents-batch+json': {
          schema: {
            type: 'array',
            items: { $ref: getSchemaPath(CloudEventDto) },
            minItems: 1,
            maxItems: MAX_BATCH,
          },
        },
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: true,
            description: 'Binary mode: the event is in the ce-* headers, the body is its data',
          },
        },
      },
    },
  })
  @BinaryModeHeaders()
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
  @ProblemResponse(415, 'Neither a CloudEvents media type nor a JSON body (binary mode)')
  async receive(
    @IntakeEventsOf() events: IntakeEvents,
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IntakeResultDto | IntakeBatchResultDto> {
    const system = request.intakeSystem!;
    if (events.batch) {
      const items = await this.intake.receiveBatch(
        events.planned,
        system,
        correlationIdOf(request),
      );
      return { items };
    }
    const result = await this.intake.receive(events.event, system, correlationIdOf(request));
    response.status(result.status);
    return result;
  }
}

/** The ce-* headers of binary mode, each optional since structured and batch mode send none. */
function BinaryModeHeaders(): MethodDecorator {
  return applyDecorators(
    ...BINARY_HEADERS.map((name) =>
      ApiHeader({ name, required: false, description: 'Binary mode (Content-Type: JSON)' }),
    ),
  );
}
