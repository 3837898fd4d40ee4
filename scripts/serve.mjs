// A small static file server on localhost, for the demo page and the built Storybook.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves `root`; `index` is what `/` shows. Resolves with the server and its port (the first free from `port`). */
export function serve(root, { index = '/index.html', port = 8000 } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      path = '/\0'; // a malformed address: not found
    }
    if (path === '/' || path === '\\') path = index;
    const file = join(root, path);
    // (never a hidden file or folder: .git, .env)
    if (!file.startsWith(root) || /[/\\]\./.test(path) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    const listen = p => {
      server.once('error', error => (error.code === 'EADDRINUSE' && p < port + 100 ? listen(p + 1) : reject(error)));
      server.listen(p, '127.0.0.1', () => resolve({ server, port: p }));
    };
    listen(port);
  });
}
