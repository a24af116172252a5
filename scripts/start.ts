/**
 * `npm start`: builds the content and serves the site on
 * http://localhost:4321 (PORT=… to change it).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = process.env.PORT ?? '4321';
console.log(`[kezdesu] serving dist/ on http://localhost:${port}/`);
const preview = spawnSync(process.execPath, [astroBin, 'preview', '--port', port], { stdio: 'inherit', env: process.env });
process.exit(preview.status ?? 0);
