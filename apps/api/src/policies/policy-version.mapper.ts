import { type PinnedPolicy, type PolicyVersion } from '@recovery/domain';
import {
  type ApplicablePolicyDto,
  type PolicyCreatedDto,
  type PolicyListDto,
} from './dto/policy-responses.dto';

/** A list of stored versions as the API shows it. */
export function toPolicyList(versions: PolicyVersion[]): PolicyListDto {
  return { items: versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })) };
}

/** The 201 answer to a new version. */
export function toPolicyCreated(version: PolicyVersion): PolicyCreatedDto {
  return { key: version.key, version: version.version };
}

/** The policy a new incident would be pinned to: key, version and document, as listed. */
export function toApplicablePolicy(policy: PinnedPolicy): ApplicablePolicyDto {
  return { key: policy.key, version: policy.version, document: policy.document };
}
