import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Root is this folder; the build goes to ../dist/renderer, with relative asset paths ('./') so the
// same files load from app://hearing-desk/ (Electron) and http://127.0.0.1:N/ (web host).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // fonts are large; never inline them
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
  },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
});
