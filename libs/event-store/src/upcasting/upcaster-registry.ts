import { type JsonObject } from '../event-store.types';

/** Turns the data of `type` at `fromVersion` into its shape at `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: JsonObject): JsonObject;
}

/**
 * Schema evolution on read: stored events keep the bytes they were written with
 * (the hash chain covers them); readers get the current shape by chaining upcasters.
 */
export class UpcasterRegistry {
  private readonly byType = new Map<string, Upcaster[]>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const steps = this.byType.get(upcaster.type) ?? [];
      steps[upcaster.fromVersion] = upcaster;
      this.byType.set(upcaster.type, steps);
    }
    for (const [type, steps] of this.byType) assertContiguous(type, steps);
  }

  /** The version new events of `type` are written at: one past the last upcaster, else 1. */
  currentVersion(type: string): number {
    const steps = this.byType.get(type);
    return steps ? steps.length : 1;
  }

  /** Upcasts `data` stored at `schemaVersion` to the current version of `type`. */
  upcast(
    type: string,
    schemaVersion: number,
    data: JsonObject,
  ): { schemaVersion: number; data: JsonObject } {
    const steps = this.byType.get(type) ?? [];
    let version = schemaVersion;
    let current = data;
    while (version < steps.length) {
      current = steps[version].upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}

// A missing step would silently leave old events in an old shape: refuse at boot.
function assertContiguous(type: string, steps: Upcaster[]): void {
  for (let version = 1; version < steps.length; version += 1) {
    if (!steps[version]) throw new Error(`Upcasters for ${type}: no step from version ${version}`);
  }
  if (steps[0]) throw new Error(`Upcasters for ${type}: schema versions start at 1`);
}
