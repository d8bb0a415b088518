import { type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '@recovery/domain';

/** The request (body, query or path) failed validation; `errors` names each bad field. */
export class RequestValidationFailed extends DomainError {
  readonly code = 'validation_failed';
  readonly kind = 'invalid';

  constructor(readonly errors: FieldError[]) {
    super(`the request is invalid: ${errors.map((e) => e.field).join(', ')}`, { errors });
  }
}

/** ValidationPipe's exceptionFactory: one error listing every bad (nested) field. */
export function toRequestValidationFailed(errors: ValidationError[]): RequestValidationFailed {
  return new RequestValidationFailed(toFieldErrors(errors));
}

/** class-validator errors as one FieldError per failed constraint, nested fields dotted. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return flatten(errors, prefix);
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
