import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Request } from 'express';
import { type IntakeEvents, readIntakeEvents } from './intake-request.util';

/** The request's validated CloudEvents, read from its body or its `ce-*` headers by mode. */
export const IntakeEventsOf = createParamDecorator(
  (_: unknown, context: ExecutionContext): IntakeEvents =>
    readIntakeEvents(context.switchToHttp().getRequest<Request>()),
);
