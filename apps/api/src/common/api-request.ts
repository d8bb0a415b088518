import { type Request } from 'express';
import { type AuthenticatedUser } from '../auth/authenticated-user';

/** An Express request as the API's guards and middleware leave it. */
export interface ApiRequest extends Request {
  /** Set by AccessGuard on routes that need a bearer token. */
  user?: AuthenticatedUser;
  /** Set by AccessGuard on intake routes: the upstream system the API key belongs to. */
  intakeSystem?: string;
  /** See correlationIdOf. */
  correlationId?: string;
}
