import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { AuditCheckpointsService, type CheckpointVerification } from '@recovery/audit';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { linksTo } from '../common/openapi-links';
import { OUTAGE, ProblemResponse, ReadProblems } from '../common/problem-responses.decorator';
import { CheckpointVerificationDto } from './dto/checkpoint-verification.dto';
import { CheckpointPageDto, SignedCheckpointDto } from './dto/checkpoint.dto';
import { KeptCheckpointDto } from './dto/kept-checkpoint.dto';
import { ListCheckpointsQueryDto } from './dto/list-checkpoints.query.dto';
import { SigningKeyDto } from './dto/signing-key.dto';

const TAKEN_ID = { checkpointId: '$response.body#/checkpointId' };

/** What a POST here can end in: neither runs a workflow, so no 404 or 409 of its own. */
const PostProblems = (): MethodDecorator =>
  applyDecorators(
    ProblemResponse(400, 'Malformed JSON or invalid fields (each one named)'),
    ProblemResponse(413, 'Body over the configured limit: send a checkpoint without `heads`'),
    ProblemResponse(503, OUTAGE),
  );

/**
 * Signed checkpoints (issue 14): an auditor takes or fetches one, keeps it outside the
 * system with the public key, and later sends it back to prove nothing at or before it
 * was deleted, cut short or rewritten. Taking one is a write, so it has its own permission.
 */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditCheckpointsController {
  constructor(private readonly checkpoints: AuditCheckpointsService) {}

  @Get('checkpoints')
  @Allow('audit:read')
  @ApiOperation({ summary: 'Signed checkpoints, newest first (without their heads)' })
  @ApiOkResponse({ type: CheckpointPageDto, description: 'One page of checkpoints' })
  @ReadProblems()
  async list(@Query() query: ListCheckpointsQueryDto): Promise<CheckpointPageDto> {
    const page = await this.checkpoints.list({
      limit: query.pageSize(),
      before: query.cursor === undefined ? undefined : Number(query.cursor),
    });
    return {
      items: page.checkpoints,
      ...(page.lastSequence === undefined ? {} : { nextCursor: String(page.lastSequence) }),
    };
  }

  // Before `checkpoints/:checkpointId`, which would otherwise take `latest` for an id.
  @Get('checkpoints/latest')
  @Allow('audit:read')
  @ApiOperation({ summary: 'The newest checkpoint, with every stream head: keep it' })
  @ApiOkResponse({ type: SignedCheckpointDto, description: 'The newest checkpoint' })
  @ReadProblems()
  @ProblemResponse(404, 'No checkpoint has been taken yet (checkpoint_not_found)')
  latest(): Promise<SignedCheckpointDto> {
    return this.checkpoints.latest();
  }

  @Get('checkpoints/:checkpointId')
  @Allow('audit:read')
  @ApiOperation({ summary: 'One checkpoint, with every stream head' })
  @ApiOkResponse({ type: SignedCheckpointDto, description: 'The checkpoint' })
  @ReadProblems()
  get(@Param('checkpointId') checkpointId: string): Promise<SignedCheckpointDto> {
    return this.checkpoints.find(checkpointId);
  }

  @Post('checkpoints')
  @HttpCode(201)
  @Allow('audit:checkpoint')
  @ApiOperation({
    summary: 'Take a checkpoint now',
    description:
      "The store's position, every stream's head there and their digest, signed with the " +
      "audit key (Ed25519); `takenBy` is your token's sub. No body.",
  })
  @ApiCreatedResponse({
    type: SignedCheckpointDto,
    description: 'The checkpoint taken, signed, with every stream head: keep it',
    headers: {
      Location: { description: 'The checkpoint taken', schema: { type: 'string' } },
    },
    links: linksTo(AuditCheckpointsController, ['get'], TAKEN_ID),
  })
  @PostProblems()
  async take(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedCheckpointDto> {
    const taken = await this.checkpoints.take(caller.actor.id);
    response.location(`/v1/audit/checkpoints/${taken.checkpointId}`);
    return taken;
  }

  @Get('signing-key')
  @Allow('audit:read')
  @ApiOperation({
    summary: 'The public key checkpoints are signed with, as a JWK (RFC 8037)',
    description: 'Keep it beside your checkpoints: `npm run audit:verify -- --key` checks with it.',
  })
  @ApiOkResponse({ type: SigningKeyDto, description: 'The public JWK' })
  @ReadProblems()
  signingKey(): SigningKeyDto {
    return this.checkpoints.signingKey;
  }

  @Post('verify')
  @HttpCode(200)
  @Allow('audit:read')
  @ApiOperation({
    summary: 'Check a checkpoint you kept against the store',
    description:
      'Send the checkpoint as GET /v1/audit/checkpoints/latest returned it. Its signature must ' +
      "hold against this store's key (422 otherwise, nothing checked); then every stream's head " +
      'at its position is recomputed and each stream that differs is named with how, beside the ' +
      'chains and read models as they are now. Changes nothing.',
  })
  @ApiOkResponse({
    type: CheckpointVerificationDto,
    description: 'What still holds of the checkpoint, and each stream that differs',
  })
  @PostProblems()
  @ProblemResponse(
    422,
    "The checkpoint is not signed by this store's key as it stands (checkpoint_signature_invalid)",
  )
  verify(@Body() checkpoint: KeptCheckpointDto): Promise<CheckpointVerification> {
    return this.checkpoints.verify(checkpoint);
  }
}
