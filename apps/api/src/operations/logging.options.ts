import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type AppConfig } from '@recovery/config';
import { correlationIdOf } from '../common/correlation-id.util';
import { type LoggedRequest, withoutPersonalData } from './personal-data-in-urls.util';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** JSON request logs with a request id and the correlation id; secrets and customer references redacted. */
export function loggingOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (request: IncomingMessage) => {
        const given = request.headers['x-request-id'];
        return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      },
      customProps: (request: IncomingMessage) => ({ correlationId: correlationIdOf(request) }),
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
      serializers: { req: (request: LoggedRequest) => withoutPersonalData(request) },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/metrics' },
    },
  };
}
