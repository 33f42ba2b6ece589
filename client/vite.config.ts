import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientDir,
  base: '/',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // The server caches everything under /assets/ for a year, so every name must carry a hash.
    rolldownOptions: {
      // One entry per audience: neither the officers' nor the designers' code ships to parents.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        officer: fileURLToPath(new URL('officer/index.html', import.meta.url)),
        designer: fileURLToPath(new URL('designer/index.html', import.meta.url)),
      },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
    // survey-core alone is far above Vite's default warning; it is loaded only for questionnaires.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
