// For the Chromium-only tests: a site on localhost serving the built CDN bundle at
// /rebuild-trust.js and the given pages, with Debian's Chromium (puppeteer-core) to visit it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

const bundle = readFileSync(fileURLToPath(new URL('../../dist/cdn/rebuild-trust.js', import.meta.url)));

/** Runs `visit(browser, origin)` against a site of `pages` (path → HTML), then closes both. */
export async function withSite(pages, visit) {
  const server = createServer((req, res) => {
    if (req.url === '/rebuild-trust.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    const html = pages[req.url];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    await visit(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
