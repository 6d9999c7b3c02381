// Vite config for the web app. The root is web/ (the npm scripts run `vite build web`), so
// paths here resolve against this directory rather than the repository root.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // antd is one big shared chunk by design; don't warn about it on every build.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Name the shared vendor chunks (instead of after whichever module came first) so the
        // bundle report is readable. ECharts (tree-shaken in web/src/lib/echarts.ts) gets a named
        // chunk too; only the lazily loaded chart pages import it, so it never joins the entry.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|dayjs|@emotion|stylis|clsx|classnames)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // The API server (src/server) listens on 8080; the session cookie is SameSite=Strict,
      // so the dev server must look same-origin to the browser.
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
});
