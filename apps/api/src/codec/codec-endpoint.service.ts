import { Inject, Injectable } from '@nestjs/common';
import { type Payload } from '@temporalio/common';
import { ALL_SITES } from '@recovery/domain';
import { AppConfig } from '@recovery/config';
import { type Caller } from '@recovery/incidents';
import { PersonalDataVault } from '@recovery/personal-data';
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
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  /** The payloads as workflows see them: every payload an operator is shown goes through here. */
  async decode(payloads: CodecPayloadDto[], request: CodecRequest): Promise<CodecPayloadDto[]> {
    this.authorize(request);
    const decoded = await this.codec.decode(payloads.map(payloadFromJson));
    return (await this.revealed(decoded)).map(payloadToJson);
  }

  /** The payloads sealed as the client would seal them (for input typed into the UI). */
  async encode(payloads: CodecPayloadDto[], request: CodecRequest): Promise<CodecPayloadDto[]> {
    this.authorize(request);
    const encoded = await this.codec.encode(payloads.map(payloadFromJson));
    return encoded.map(payloadToJson);
  }

  /**
   * JSON payloads with the personal text sealed in them opened, or "[erased]" once the
   * customer was erased (issue 14): what the UI shows is what the API would. One read
   * of the keys for the whole list.
   */
  private async revealed(payloads: Payload[]): Promise<Payload[]> {
    const values = payloads.map(jsonValueOf);
    const revealed = await this.vault.reveal(values);
    return payloads.map((payload, i) =>
      revealed[i] === values[i]
        ? payload
        : { ...payload, data: Buffer.from(JSON.stringify(revealed[i]), 'utf8') },
    );
  }

  private authorize({ caller, namespace }: CodecRequest): void {
    if (!caller.sites.includes(ALL_SITES)) throw new CodecSitesForbidden();
    const served = this.config.temporal.namespace;
    if (namespace !== undefined && namespace !== served)
      throw new CodecNamespaceNotServed(namespace, served);
  }
}

const JSON_ENCODING = 'json/plain';

/** The value a `json/plain` payload holds; undefined for any other payload. */
function jsonValueOf(payload: Payload): unknown {
  const encoding = payload.metadata?.encoding;
  if (!payload.data || !encoding || Buffer.from(encoding).toString('utf8') !== JSON_ENCODING)
    return undefined;
  try {
    return JSON.parse(Buffer.from(payload.data).toString('utf8')) as unknown;
  } catch {
    // Sent by the UI, not written by us: a payload that is not the JSON it says goes back as it came.
    return undefined;
  }
}
