import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { concatMap, type Observable } from 'rxjs';
import { PersonalDataVault } from '@recovery/personal-data';

/**
 * Opens the personal text sealed inside every JSON answer (issue 14): the one place
 * the API reveals it, so no route can forget to, and an erased customer's text reads
 * "[erased]" in all of them. Registered before the idempotency interceptor, which
 * therefore stores (and replays) answers still sealed: a stored reply never outlives
 * an erasure in clear.
 */
@Injectable()
export class RevealPersonalDataInterceptor implements NestInterceptor {
  constructor(private readonly vault: PersonalDataVault) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // concatMap: a handler that emits several values (a stream) keeps their order.
    return next.handle().pipe(concatMap((body: unknown) => this.vault.reveal(body)));
  }
}
