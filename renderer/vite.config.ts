import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The build config runs in Node (never in the page); import.meta.dirname avoids importing node modules here.
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/../dist/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    // No inlined assets: the CSP allows only our own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // A desktop app loads its bundle from disk: one chunk is fine.
    chunkSizeWarningLimit: 4000,
  },
});
