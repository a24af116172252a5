/**
 * A tiny static file server over a built site, for the browser tests: the
 * same answers a plain static host gives, `/x/` → `x/index.html`, unknown
 * paths → 404 with the site's own `404.html` when it has one.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Types a static host such as GitHub Pages compresses on the fly; Pagefind's own files come compressed already. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The MIME type a static host sends for `file`. */
export function contentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface Served {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface ServeOptions {
  /** Compress text with gzip when the browser accepts it, as the production host does (for measuring downloads). */
  gzip?: boolean;
}

/** Serves `dir` on 127.0.0.1 at a free port until `close()`. */
export async function serveDir(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = resolve(dir);

  /** The file a request path names, or undefined; never anything outside `root`. */
  const fileFor = async (pathname: string): Promise<string | undefined> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const path = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    return (await isFile(path)) ? path : undefined;
  };

  const send = (res: ServerResponse, status: number, file: string | undefined, head: boolean, acceptsGzip: boolean) => {
    if (file === undefined) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(head ? undefined : 'Not found\n');
      return;
    }
    const gzip = options.gzip === true && acceptsGzip && compressible.test(contentType(file));
    res.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    if (head) {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const head = req.method === 'HEAD';
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (req.method !== 'GET' && !head) {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await fileFor(pathname);
      if (file !== undefined) {
        send(res, 200, file, head, acceptsGzip);
        return;
      }
      // `/x` where `x/index.html` exists: redirect to the slash form, as static hosts do.
      if (!pathname.endsWith('/') && (await fileFor(`${pathname}/`)) !== undefined) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const notFound = join(root, '404.html');
      send(res, 404, (await isFile(notFound)) ? notFound : undefined, head, acceptsGzip);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
