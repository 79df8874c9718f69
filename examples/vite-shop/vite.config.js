// A multi-page Vite site; agentshelf runs when `vite build` has written dist/.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import { agentshelf } from 'agentshelf/vite';

const page = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  build: {
    rollupOptions: {
      input: {
        home: page('index.html'),
        'enamel-camp-mug': page('products/enamel-camp-mug/index.html'),
        'linen-apron': page('products/linen-apron/index.html'),
        'walnut-cutting-board': page('products/walnut-cutting-board/index.html'),
      },
    },
  },
  plugins: [agentshelf({ config: 'agentshelf.config.json' })],
});
