import { Inject, Injectable } from '@nestjs/common';
import {
  InvalidPolicyDocument,
  type PinnedPolicy,
  PolicyNotFound,
  type PolicySelectionInput,
  type PolicyVersion,
  selectPolicy,
  validatePolicyDocument,
} from '@recovery/domain';
import { ChangeTokenCache } from '@recovery/database';
import { PolicyVersionRepository } from './policy-version.repository';

/** Versioned recovery policies: create, list, and resolve the one an incident is pinned to. */
@Injectable()
export class PoliciesService {
  // Every open resolves a policy (issue 10): the documents are read again only when
  // a version was added, by this process or another.
  private readonly latest: ChangeTokenCache<PolicyVersion[]>;

  constructor(
    @Inject(PolicyVersionRepository) private readonly repository: PolicyVersionRepository,
  ) {
    this.latest = new ChangeTokenCache({
      changeToken: () => repository.changeToken(),
      read: () => repository.latestVersions(),
    });
  }

  /** Validates `document` and stores it as the next version of its key (1 for a new key). */
  async createVersion(document: unknown, createdBy: string): Promise<PolicyVersion> {
    const validation = validatePolicyDocument(document);
    if (!validation.ok) throw new InvalidPolicyDocument(validation.errors);
    return this.repository.insertNextVersion(validation.policy, createdBy);
  }

  /** The newest version of every policy, by key. */
  list(): Promise<PolicyVersion[]> {
    return this.repository.latestVersions();
  }

  /** Every version of a key, newest first; PolicyNotFound for an unknown key. */
  async versionsOf(key: string): Promise<PolicyVersion[]> {
    const versions = await this.repository.versionsOf(key);
    if (versions.length === 0) throw new PolicyNotFound(key);
    return versions;
  }

  /** One exact version; PolicyNotFound otherwise. */
  async get(key: string, version: number): Promise<PolicyVersion> {
    const found = await this.repository.find(key, version);
    if (found === undefined) throw new PolicyNotFound(key, version);
    return found;
  }

  /** The policy version a new incident is pinned to (explicit key → appliesTo → default). */
  async resolveFor(input: PolicySelectionInput): Promise<PinnedPolicy> {
    const selection = selectPolicy(await this.latest.get(), input);
    if (!selection.found) throw new PolicyNotFound(input.policyKey ?? 'default');
    const { key, version, document } = selection.policy;
    return { key, version, document };
  }
}
