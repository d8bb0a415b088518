import { Metadata, status } from '@grpc/grpc-js';
import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import { ServiceError } from '@temporalio/client';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import {
  IncidentAlreadyAcknowledged,
  InvalidCommand,
  SelfApprovalForbidden,
} from '@recovery/domain';
import { CommandNotTaken } from '@recovery/incidents';
import { toProblem } from './problem-mapping.util';

describe('toProblem', () => {
  it('maps domain error kinds to statuses and keeps their code and fields', () => {
    expect(toProblem(new IncidentAlreadyAcknowledged('i-1'))).toMatchObject({
      status: 409,
      code: 'incident_already_acknowledged',
      details: { incidentId: 'i-1' },
    });
    expect(toProblem(new SelfApprovalForbidden('a-1', 'sam'))).toMatchObject({
      status: 403,
      code: 'self_approval_forbidden',
    });
    expect(toProblem(new InvalidCommand('bad', [{ field: 'text', message: 'empty' }]))).toEqual({
      status: 400,
      code: 'invalid_command',
      detail: 'bad',
      errors: [{ field: 'text', message: 'empty' }],
    });
  });

  it('answers a command its workflow did not take with 503 and when to retry', () => {
    expect(toProblem(new CommandNotTaken('acknowledge', 'i-1', 10_000, 5))).toMatchObject({
      status: 503,
      code: 'command_not_taken',
      details: { command: 'acknowledge', incidentId: 'i-1', retryAfterSeconds: 5 },
      retryAfterSeconds: 5,
    });
  });

  it('answers a PostgreSQL outage, however the driver words it, with 503 naming postgres', () => {
    const cutOff = new QueryFailedError(
      'select 1',
      [],
      new Error('Connection terminated unexpectedly'),
    );
    const startingUp = Object.assign(
      new pg.DatabaseError('the database system is starting up', 105, 'error'),
      { severity: 'FATAL', code: '57P03' },
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      syscall: 'connect',
    });
    for (const error of [cutOff, startingUp, refused]) {
      expect(toProblem(error)).toEqual({
        status: 503,
        code: 'dependency_unavailable',
        detail: 'PostgreSQL is unavailable; retry in 5 s',
        details: { dependency: 'postgres', retryAfterSeconds: 5 },
        retryAfterSeconds: 5,
        dependency: 'postgres',
      });
    }
  });

  it('answers a Temporal call that found the server down with 503 naming temporal', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: status.UNAVAILABLE,
      details: 'No connection established',
      metadata: new Metadata(),
    });
    expect(toProblem(new ServiceError('Failed to start Workflow', { cause: grpc }))).toMatchObject({
      status: 503,
      code: 'dependency_unavailable',
      dependency: 'temporal',
      retryAfterSeconds: 5,
    });
  });

  it('recognises body-parser failures by their type', () => {
    const syntax = Object.assign(new SyntaxError('Unexpected token'), {
      type: 'entity.parse.failed',
    });
    expect(toProblem(new BadRequestException('Unexpected token', { cause: syntax }))).toMatchObject(
      { status: 400, code: 'malformed_json', detail: 'the request body is not valid JSON' },
    );
    const tooLarge = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
    });
    expect(toProblem(new PayloadTooLargeException('too large', { cause: tooLarge }))).toMatchObject(
      { status: 413, code: 'payload_too_large' },
    );
  });

  it('names other HTTP errors after their status and leaves unknown errors to the 500 path', () => {
    expect(toProblem(new HttpException('slow down', 429))).toMatchObject({
      status: 429,
      code: 'too_many_requests',
      detail: 'slow down',
    });
    expect(toProblem(new Error('boom'))).toBeUndefined();
  });
});
