import {
  Body,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Post,
} from '@nestjs/common';
import { type Request } from 'express';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ProblemResponse } from '../common/problem-responses.decorator';
import { CodecEndpointService } from './codec-endpoint.service';
import { CodecPayloadsDto } from './dto/codec-payloads.dto';

const NAMESPACE_HEADER = 'x-namespace';

/**
 * The X-Namespace header, when sent. Read by a decorator of its own: Nest's @Headers
 * would declare the header required in the OpenAPI document, which the UI need not send.
 */
const Namespace = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<Request>().header(NAMESPACE_HEADER),
);

const NamespaceHeader = () =>
  ApiHeader({
    name: 'X-Namespace',
    required: false,
    description: 'The Temporal namespace the payloads come from (the UI sends it); must be ours',
  });

@ApiTags('codec')
@Controller('v1/codec')
export class CodecController {
  constructor(private readonly codec: CodecEndpointService) {}

  @Post('decode')
  @HttpCode(200)
  @Allow('codec:decode')
  @ApiOperation({
    summary: 'Decode Temporal payloads (codec server for the Temporal UI)',
    description:
      'Temporal codec-server protocol: the payloads of a workflow history, query or update ' +
      'as Temporal stores them (encrypted with PAYLOAD_ENCRYPTION_KEYS) come back readable. ' +
      'Payloads that are not encrypted come back unchanged. Needs a token for all sites.',
  })
  @NamespaceHeader()
  @ApiOkResponse({ type: CodecPayloadsDto })
  @ProblemResponse(400, 'The body is not a codec-server payload list, or X-Namespace is not ours')
  @ProblemResponse(
    422,
    'A payload is sealed under a key no longer held (payload_key_unknown), or altered (payload_undecryptable)',
  )
  async decode(
    @Body() body: CodecPayloadsDto,
    @CurrentCaller() caller: Caller,
    @Namespace() namespace?: string,
  ): Promise<CodecPayloadsDto> {
    return { payloads: await this.codec.decode(body.payloads, { caller, namespace }) };
  }

  @Post('encode')
  @HttpCode(200)
  @Allow('codec:encode')
  @ApiOperation({
    summary: 'Encode Temporal payloads (codec server for the Temporal UI)',
    description:
      'Temporal codec-server protocol: payloads sealed with the first key of ' +
      'PAYLOAD_ENCRYPTION_KEYS, as the API and the worker seal them. Needs a token for all sites.',
  })
  @NamespaceHeader()
  @ApiOkResponse({ type: CodecPayloadsDto })
  @ProblemResponse(400, 'The body is not a codec-server payload list, or X-Namespace is not ours')
  async encode(
    @Body() body: CodecPayloadsDto,
    @CurrentCaller() caller: Caller,
    @Namespace() namespace?: string,
  ): Promise<CodecPayloadsDto> {
    return { payloads: await this.codec.encode(body.payloads, { caller, namespace }) };
  }
}
