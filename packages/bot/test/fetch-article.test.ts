import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle, isInternalAddress } from '../src/fetch-article.js';

describe('isInternalAddress', () => {
  it('knows loopback, private, link-local, CGNAT, multicast and mapped addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '151.101.1.69', '2606:4700::1111'])
      expect(isInternalAddress(address), address).toBe(false);
  });
});

describe('fetchArticle', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>استقبل الأمير</p>');
      } else if (req.url === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' }).end('x');
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(2000));
      } else if (req.url === '/slow') {
        // Never answers: the time limit must end it.
      } else if (req.url === '/drip') {
        // Answers at once, then a byte every 50 ms for ever: a socket idle timeout never fires.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const drip = setInterval(() => res.write('x'), 50);
        res.on('close', () => clearInterval(drip));
      } else if (req.url === '/to-drip') {
        res.writeHead(302, { location: '/drip' }).end();
      } else if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' }).end();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const limits = { maxBytes: 1000, timeoutMs: 500, allowPrivate: true };
  // Big enough that the drip would go on for minutes without the time limit.
  const slowLimits = { maxBytes: 100_000, timeoutMs: 500, allowPrivate: true };

  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(fetchArticle(`${base}/article`, { maxBytes: 1000, timeoutMs: 500 })).rejects.toThrow('not allowed');
    await expect(fetchArticle('http://localhost:1/', { maxBytes: 1000, timeoutMs: 500 })).rejects.toThrow(
      'not allowed',
    );
    await expect(fetchArticle('http://[::1]:1/', { maxBytes: 1000, timeoutMs: 500 })).rejects.toThrow('not allowed');
  });

  it('refuses other schemes and credentials in the address', async () => {
    await expect(fetchArticle('file:///etc/passwd', limits)).rejects.toThrow('only http and https');
    await expect(fetchArticle('http://user:pw@example.com/', limits)).rejects.toThrow('user name or password');
  });

  it('fetches an article page, and refuses other content, oversize bodies, silence and redirect loops', async () => {
    const page = await fetchArticle(`${base}/article`, limits);
    expect(page.bytes.toString('utf8')).toBe('<p>استقبل الأمير</p>');
    await expect(fetchArticle(`${base}/image`, limits)).rejects.toThrow('not an article (image/png)');
    await expect(fetchArticle(`${base}/big`, limits)).rejects.toThrow('too large');
    await expect(fetchArticle(`${base}/slow`, limits)).rejects.toThrow('no full answer within 500 ms');
    await expect(fetchArticle(`${base}/loop`, limits)).rejects.toThrow('more than 3 redirects');
  });

  it('ends a body that trickles in, after a redirect too: the time limit is for the whole fetch', async () => {
    await expect(fetchArticle(`${base}/drip`, slowLimits)).rejects.toThrow('no full answer within 500 ms');
    await expect(fetchArticle(`${base}/to-drip`, slowLimits)).rejects.toThrow('no full answer within 500 ms');
  });
});
