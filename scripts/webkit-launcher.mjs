// A @web/test-runner launcher for WebKit: Debian's WebKitGTK MiniBrowser driven by
// WebKitWebDriver, inside a private Xvfb display. Nothing is downloaded.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a free display; resolves with ':N' once Xvfb has written its number. */
const startXvfb = () =>
  new Promise((resolve, reject) => {
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    proc.on('error', reject);
    proc.stdio[3].on('data', chunk => {
      out += chunk;
      if (out.includes('\n')) resolve({ proc, display: `:${out.trim()}` });
    });
    proc.on('exit', code => reject(new Error(`Xvfb exited early (code ${code})`)));
  });

async function waitForDriver(port, tries = 100) {
  for (let i = 0; i < tries; i += 1) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

const kill = proc => {
  if (!proc || proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  setTimeout(() => proc.exitCode === null && proc.kill('SIGKILL'), 3000).unref();
};

class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    this.children = [];
  }

  async initialize(config) {
    const { proc: xvfb, display } = await startXvfb();
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.children = [driver, xvfb];
    const cleanup = () => this.children.forEach(p => p.exitCode === null && p.kill('SIGKILL'));
    process.once('exit', cleanup);
    await waitForDriver(port);
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
    // More than one session at a time breaks sendKeys inside test iframes.
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.children.forEach(kill);
  }
}

export const webkitLauncher = () => new WebkitLauncher();
