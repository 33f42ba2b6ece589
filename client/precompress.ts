// Writes .br and .gz copies of the built client so the server can send them without compressing
// on every request. Run after `vite build` (see the "build" script) and by the browser tests.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt']);

export interface CompressedFile {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

async function compressFile(path: string): Promise<CompressedFile> {
  const data = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]:
          extname(path) === '.svg' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(data, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
  return { path, raw: data.length, gzip: gzipped.length, brotli: br.length };
}

/** Compresses every compressible file under `dir` and returns their sizes. */
export async function precompress(dir: string): Promise<CompressedFile[]> {
  await stat(dir);
  const jobs: Promise<CompressedFile>[] = [];
  for await (const path of walk(dir)) {
    if (COMPRESSIBLE.has(extname(path))) jobs.push(compressFile(path));
  }
  return Promise.all(jobs);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL('./dist', import.meta.url));
  const files = await precompress(dist);
  for (const f of files.sort((a, b) => a.path.localeCompare(b.path))) {
    console.log(
      `${relative(dist, f.path).padEnd(40)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}  br ${kb(f.brotli).padStart(9)}`,
    );
  }
}
