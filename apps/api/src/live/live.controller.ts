import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { DelegationQueriesService } from '@recovery/delegations';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { type ApiRequest } from '../common/api-request';
import { ProblemResponse } from '../common/problem-responses.decorator';
import { viewerOf } from './live-filter.util';
import { type LiveEventName } from './sse-frame.util';
import {
  KEEP_ALIVE_MS,
  LIVE_RETRY_MS,
  LiveSubscribers,
  MAX_LIVE_STREAMS_PER_PERSON,
} from './live-subscribers.service';

const STREAM_FORMAT = [
  'Server-sent events (read with fetch streaming: the token goes in the Authorization header, never the URL).',
  `\`retry: ${LIVE_RETRY_MS}\` first, then \`event: ready\` with \`{"sites","approvals"}\`: from now on changes are sent; (re)fetch what you show.`,
  '`event: incident`, data `{"incidentId","site","version","status"}`: that incident changed (status, or a new stream version).',
  '`event: approval`, data `{"approvalId","incidentId","site","status"}`: an approval was requested or decided; only for roles that may read approvals (their sites), and to holders of a delegation in effect when the stream opened (also its sites).',
  '`event: offline`, data `{"dependency":"postgres"}`: changes are not being received; poll until the next `ready`.',
  '`event: expired`, data `{"expiresAt"}`: the token the stream was opened with expired and the stream ends; reconnect with a fresh token.',
  `A \`: keep-alive\` comment every ${KEEP_ALIVE_MS / 1000} s. Only the caller's sites are sent; updates of one incident within 100 ms arrive as one event.`,
].join('\n\n');

const LIVE_EVENT_SCHEMA = {
  type: 'object',
  required: ['event', 'data'],
  properties: {
    event: {
      type: 'string',
      enum: ['ready', 'incident', 'approval', 'offline', 'expired'] satisfies LiveEventName[],
    },
    data: { type: 'string', description: 'A JSON object, as the operation describes per event' },
    id: { type: 'string' },
    retry: { type: 'integer', minimum: 0 },
  },
};

@ApiTags('live')
@Controller('v1/stream')
export class LiveController {
  constructor(
    @Inject(LiveSubscribers) private readonly subscribers: LiveSubscribers,
    private readonly delegations: DelegationQueriesService,
  ) {}

  @Get()
  @ProblemResponse(
    429,
    `Rate limit exceeded, or ${MAX_LIVE_STREAMS_PER_PERSON} streams of yours already open`,
  )
  @ProblemResponse(
    503,
    'Changes are not being received from PostgreSQL (dependency_unavailable), or this process serves its maximum of streams (live_streams_exhausted): poll, and retry after Retry-After',
  )
  @Allow('incident:read')
  @ApiOperation({
    summary: 'Live changes of incidents and approvals of your sites',
    description: STREAM_FORMAT,
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'An endless text/event-stream',
    // OpenAPI 3.0 has `schema` describe each event (3.2's itemSchema): its data is JSON text.
    content: { 'text/event-stream': { schema: LIVE_EVENT_SCHEMA } },
  })
  async stream(
    @CurrentCaller() caller: Caller,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const lent = await this.delegations.inEffectFor(caller.actor.id);
    this.subscribers.open(viewerOf(caller, lent), request, response, request.user?.expiresAt);
  }
}
