import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` forwards API calls (the API server, `npm start`, listens on 4000). */
const apiTarget = process.env.JUNHENG_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false, xfwd: false },
      '/exports': { target: apiTarget },
      '/imports': { target: apiTarget },
      '/health': { target: apiTarget },
      '/public': { target: apiTarget },
    },
  },
});
