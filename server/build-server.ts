// `npm run build:server [-- OUT_DIR]`: compiles the server to JavaScript (./build by default) for
// `npm start`, which then runs without tsx, and copies beside it the files it reads at run time.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'build';
// The compiler's own launcher; its package exports no path to it.
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
  stdio: 'inherit',
});
cpSync('analysis/codebooks', join(outDir, 'analysis/codebooks'), { recursive: true });
