import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { isPublicAddress } from './private-networks';

/** Resolves a host name to every address it has (injectable: tests resolve names offline). */
export type AddressLookup = (hostname: string) => Promise<string[]>;

export const systemLookup: AddressLookup = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );

export const MAX_TARGET_URL_LENGTH = 2048;

/** The host of a URL as an address or name: `[::1]` becomes `::1`. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Why `candidate` cannot be a webhook target, or undefined when it can. Only http(s),
 * no credentials in the URL (they would sit in logs and listings), and, unless private
 * targets are allowed, a host that is and resolves only to public addresses: a
 * subscription must not become a way to probe the internal network. Delivery checks
 * again against what the name resolves to then (publicOnlyLookup).
 */
export async function targetUrlProblem(
  candidate: string,
  options: { allowPrivateTargets: boolean; lookup?: AddressLookup },
): Promise<string | undefined> {
  if (candidate.length > MAX_TARGET_URL_LENGTH)
    return `must be at most ${MAX_TARGET_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
  if (url.username || url.password) return 'must not carry credentials';
  if (options.allowPrivateTargets) return undefined;
  return hostProblem(hostOf(url), options.lookup ?? systemLookup);
}

async function hostProblem(host: string, lookup: AddressLookup): Promise<string | undefined> {
  if (isIP(host)) return isPublicAddress(host) ? undefined : `${host} is not a public address`;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is not a public host`;
  let addresses: string[];
  try {
    addresses = await lookup(host);
  } catch {
    return `${host} does not resolve`;
  }
  const inside = addresses.find((address) => !isPublicAddress(address));
  return inside === undefined ? undefined : `${host} resolves to ${inside}, not a public address`;
}

/** Raised at delivery time when a target's name resolves to a non-public address. */
export class NonPublicTarget extends Error {
  readonly code = 'ENONPUBLIC';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, not a public address`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses non-public answers. The connection goes to
 * the address checked here, so a name re-pointed between the check and the connect
 * (DNS rebinding) cannot slip through.
 */
export function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, verbatim: true }, ((error, address, family) => {
    if (error) return callback(error, []);
    const answers: LookupAddress[] = Array.isArray(address)
      ? address
      : [{ address, family: family ?? 4 }];
    const inside = answers.find((answer) => !isPublicAddress(answer.address));
    if (inside) return callback(new NonPublicTarget(hostname, inside.address), []);
    callback(null, address, family);
  }) as LookupCallback);
}
