import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Served by the gateway and the standalone at /dashboard; `vite --config apps/dashboard/vite.config.ts`
// serves it for development, sending /api to a standalone on port 3001.
export default defineConfig({
  root,
  base: '/dashboard/',
  plugins: [react()],
  // Imports such as @asynctask/client resolve through tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Report, not just warn, when a chunk outgrows what the first-load budget can carry.
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3001' } },
});
