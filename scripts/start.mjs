// `npm start`: builds the bundle, serves the demo page and the build, prints the address.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { port } = await serve(root, { index: '/demo/index.html', port: Number(process.env.PORT) || 8000 });
console.log(`\nThe demo page is at http://localhost:${port}/  (Ctrl+C stops it)\n`);
