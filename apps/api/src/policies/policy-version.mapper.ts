import { type PolicyVersion } from '@recovery/domain';
import { type PolicyCreatedDto, type PolicyListDto } from './dto/policy-responses.dto';

/** A list of stored versions as the API shows it. */
export function toPolicyList(versions: PolicyVersion[]): PolicyListDto {
  return { items: versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })) };
}

/** The 201 answer to a new version. */
export function toPolicyCreated(version: PolicyVersion): PolicyCreatedDto {
  return { key: version.key, version: version.version };
}

/** The document as plain JSON: DTO instances carry absent optional fields as `undefined` members. */
export function toPlainDocument(body: object): unknown {
  return JSON.parse(JSON.stringify(body));
}
