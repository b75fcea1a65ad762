// Which addresses a feed's item may not lead crier to (SSRF), and that every redirect is checked too.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localServer, type LocalServer } from '../../helpers/localServer.js';
import { isPrivateAddress, isPrivateUrl, privateTarget } from '../../../src/load/privateAddress.js';

describe('isPrivateAddress', () => {
  it('knows loopback, private, link-local (cloud metadata), CGNAT, unique-local and IPv4-mapped addresses', () => {
    for (const a of ['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '255.255.255.255']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });
  it('lets public addresses through', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('isPrivateUrl', () => {
  it('reads every spelling of a private host that a URL allows', () => {
    for (const u of ['http://localhost:8080/', 'http://admin.localhost/', 'http://[::1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[::ffff:169.254.169.254]/']) expect(isPrivateUrl(u), u).toBe(true);
    expect(isPrivateUrl('https://news.example.com/feed.xml')).toBe(false);
  });
});

describe('privateTarget', () => {
  it('resolves a name: one that leads to this machine is private', async () => {
    expect(await privateTarget('http://localhost/')).toBe('localhost');
    expect(await privateTarget('http://169.254.169.254/latest/meta-data/')).toBe('169.254.169.254');
    // A name that does not resolve is the resolver's error, reported once.
    await expect(privateTarget('http://no-such-host.invalid/')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('a feed link that redirects to a private address', () => {
  let site: LocalServer;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    site = await localServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(302, { location: '/internal' });
      res.end();
    });
    base = site.base;
  });
  afterAll(() => {
    site.close();
    vi.doUnmock('../../../src/load/privateAddress.js');
  });

  it('is refused at the redirect, before crier asks for it', async () => {
    // The test server stands for a public site: only its /internal path counts as private here.
    vi.resetModules();
    vi.doMock('../../../src/load/privateAddress.js', () => ({ privateTarget: async (url: string) => (url.includes('/internal') ? '10.0.0.7' : undefined) }));
    const { fetchUrl } = await import('../../../src/load/fetchUrl.js');
    await expect(fetchUrl(`${base}/story`, { maxBytes: 1024, publicOnly: true, timeoutMs: 3000 })).rejects.toThrow(`${base}/story redirects to ${base}/internal, at a private address (10.0.0.7), which a feed's item may not reach`);
    expect(hits).toEqual(['/story']);
  });
});
