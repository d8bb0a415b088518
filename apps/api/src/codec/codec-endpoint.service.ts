import { Inject, Injectable } from '@nestjs/common';
import { ALL_SITES } from '@recovery/domain';
import { AppConfig } from '@recovery/config';
import { type Caller } from '@recovery/incidents';
import { PayloadEncryptionCodec } from '@recovery/temporal';
import { type CodecPayloadDto } from './dto/codec-payloads.dto';
import { CodecNamespaceNotServed, CodecSitesForbidden } from './codec.errors';
import { payloadFromJson, payloadToJson } from './payload-json.util';

/** Who calls the codec, and for which namespace (the X-Namespace header, when sent). */
export interface CodecRequest {
  caller: Caller;
  namespace?: string;
}

/**
 * The codec-server side of the payload codec (Temporal's codec-server pattern): the
 * Temporal UI and CLI send the payloads they hold, this answers them decoded or encoded
 * with the very codec the API's client and the worker use.
 */
@Injectable()
export class CodecEndpointService {
  constructor(
    @Inject(PayloadEncryptionCodec) private readonly codec: PayloadEncryptionCodec,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The payloads as workflows see them: every payload an operator is shown goes through here. */
  async decode(payloads: CodecPayloadDto[], request: CodecRequest): Promise<CodecPayloadDto[]> {
    this.authorize(request);
    const decoded = await this.codec.decode(payloads.map(payloadFromJson));
    return decoded.map(payloadToJson);
  }

  /** The payloads sealed as the client would seal them (for input typed into the UI). */
  async encode(payloads: CodecPayloadDto[], request: CodecRequest): Promise<CodecPayloadDto[]> {
    this.authorize(request);
    const encoded = await this.codec.encode(payloads.map(payloadFromJson));
    return encoded.map(payloadToJson);
  }

  private authorize({ caller, namespace }: CodecRequest): void {
    if (!caller.sites.includes(ALL_SITES)) throw new CodecSitesForbidden();
    const served = this.config.temporal.namespace;
    if (namespace !== undefined && namespace !== served)
      throw new CodecNamespaceNotServed(namespace, served);
  }
}
