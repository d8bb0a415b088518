import { UnauthorizedException } from '@nestjs/common';

/**
 * A 401 with the challenge RFC 9110 §11.6.1 says it must carry: the problem filter
 * sends `challenge` as the WWW-Authenticate header.
 */
export class Unauthenticated extends UnauthorizedException {
  constructor(
    message: string,
    readonly challenge: string,
  ) {
    super(message);
  }
}
