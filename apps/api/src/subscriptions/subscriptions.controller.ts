import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Caller } from '@recovery/incidents';
import { SubscriptionsService } from '@recovery/webhooks';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { linksTo } from '../common/openapi-links';
import {
  CommandProblems,
  ProblemResponse,
  ReadProblems,
} from '../common/problem-responses.decorator';
import { CreateSubscriptionDto } from './dto/create-subscription.dto';
import { ListDeliveriesQueryDto } from './dto/list-deliveries.query.dto';
import {
  DeliveryDto,
  DeliveryListDto,
  SubscriptionCreatedDto,
  SubscriptionListDto,
} from './dto/subscription-responses.dto';

@ApiTags('subscriptions')
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @HttpCode(201)
  @Allow('subscription:manage')
  @ApiOperation({
    summary: 'Subscribe a URL to incident events of some sites',
    description:
      'Every matching event recorded from now on is POSTed as a CloudEvent in binary mode ' +
      '(`ce-*` headers, the event data as the JSON body), signed as Standard Webhooks says ' +
      '(`webhook-id`, `webhook-timestamp`, `webhook-signature`), at least once and in stream ' +
      'order per incident; failures are retried with exponential back-off for 24 hours. ' +
      'The signing `secret` is in this response only. Refused (422, field `url`): a scheme ' +
      'other than http(s), credentials in the URL, and a host that is or resolves to a ' +
      'loopback, link-local or private address.',
  })
  @ApiCreatedResponse({
    type: SubscriptionCreatedDto,
    links: linksTo(SubscriptionsController, ['end', 'deliveries'], {
      id: '$response.body#/subscriptionId',
    }),
  })
  @CommandProblems()
  @ProblemResponse(403, 'Sites you do not cover (subscription_site_forbidden)')
  create(
    @Body() body: CreateSubscriptionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SubscriptionCreatedDto> {
    return this.subscriptions.create(body, caller);
  }

  @Get()
  @Allow('subscription:manage')
  @ApiOperation({ summary: 'Subscriptions within your sites, oldest first (without secrets)' })
  @ApiOkResponse({ type: SubscriptionListDto })
  @ReadProblems()
  async list(@CurrentCaller() caller: Caller): Promise<SubscriptionListDto> {
    return { items: await this.subscriptions.list(caller) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('subscription:manage')
  @ApiOperation({
    summary: 'End a subscription',
    description: 'Nothing more is sent to it; its pending deliveries are dropped.',
  })
  @ApiNoContentResponse({ description: 'Ended' })
  @ReadProblems()
  async end(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<void> {
    await this.subscriptions.end(id, caller);
  }

  @Get(':id/deliveries')
  @Allow('subscription:manage')
  @ApiOperation({
    summary: 'Deliveries of a subscription, newest first',
    description: 'Each with its attempts, the last status code or error, and when it is due next.',
  })
  @ApiOkResponse({ type: DeliveryListDto })
  @ReadProblems()
  async deliveries(
    @Param('id') id: string,
    @Query() query: ListDeliveriesQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<DeliveryListDto> {
    const page = await this.subscriptions.deliveries(
      id,
      {
        limit: query.pageSize(),
        before: query.cursor === undefined ? undefined : Number(query.cursor),
        status: query.status,
      },
      caller,
    );
    return {
      items: page.deliveries,
      ...(page.lastSequence === undefined ? {} : { nextCursor: String(page.lastSequence) }),
    };
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @Allow('subscription:manage')
  @ApiOperation({
    summary: 'Send a delivery again',
    description:
      'Queues it now, delivered or failed, with a fresh retry window and the same `webhook-id`, ' +
      'so a receiver that already has it can drop it.',
  })
  @ApiAcceptedResponse({ type: DeliveryDto })
  @CommandProblems()
  redeliver(
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DeliveryDto> {
    return this.subscriptions.redeliver(id, deliveryId, caller);
  }
}
