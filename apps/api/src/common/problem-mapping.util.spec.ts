import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
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
