import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The built page goes where Maven picks it up as a resource folder; the jar then serves it from
// the classpath folder META-INF/resources/astrolabe-ui/.
const outDir = fileURLToPath(new URL('../../../target/frontend/META-INF/resources/astrolabe-ui', import.meta.url));
const apiServer = process.env.ASTROLABE_API || 'http://127.0.0.1:8080';
const proxied = ['/api', '/sparql', '/health', '/ready', '/openapi.json', '/resource'];

export default defineConfig({
  base: './',
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiServer, changeOrigin: true }])),
  },
});
