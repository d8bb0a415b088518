import { type AddressLookup, targetUrlProblem } from './target-url';

const names: Record<string, string[]> = {
  'hooks.example.com': ['93.184.216.34'],
  'intranet.example.com': ['93.184.216.34', '10.0.0.7'],
  'metadata.example.com': ['169.254.169.254'],
};
const lookup: AddressLookup = (hostname) =>
  names[hostname] ? Promise.resolve(names[hostname]) : Promise.reject(new Error('ENOTFOUND'));
const guarded = (url: string) => targetUrlProblem(url, { allowPrivateTargets: false, lookup });

describe('targetUrlProblem', () => {
  it('accepts a public https or http target', async () => {
    expect(await guarded('https://hooks.example.com/recovery')).toBeUndefined();
    expect(await guarded('http://93.184.216.34:8080/in')).toBeUndefined();
    expect(await guarded('https://[2606:4700::1111]/in')).toBeUndefined();
  });

  it.each([
    ['ftp://hooks.example.com/x', 'must use http or https'],
    ['hooks.example.com/x', 'must be an absolute http or https URL'],
    ['https://user:pw@hooks.example.com/x', 'must not carry credentials'],
    ['http://127.0.0.1:9000/x', '127.0.0.1 is not a public address'],
    ['http://[::1]/x', '::1 is not a public address'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is not a public address'],
    ['http://localhost:3000/x', 'localhost is not a public host'],
    ['http://api.localhost/x', 'api.localhost is not a public host'],
    ['https://metadata.example.com/', 'metadata.example.com resolves to 169.254.169.254'],
    ['https://intranet.example.com/', 'intranet.example.com resolves to 10.0.0.7'],
    ['https://nowhere.example.com/', 'nowhere.example.com does not resolve'],
    [`https://hooks.example.com/${'a'.repeat(2048)}`, 'must be at most 2048 characters'],
  ])('refuses %s', async (url, problem) => {
    expect(await guarded(url)).toContain(problem);
  });

  it('lets private targets through when they are allowed, never other schemes', async () => {
    const allowed = (url: string) => targetUrlProblem(url, { allowPrivateTargets: true });
    expect(await allowed('http://127.0.0.1:9000/x')).toBeUndefined();
    expect(await allowed('file:///etc/passwd')).toBe('must use http or https');
  });
});
