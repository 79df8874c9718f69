// A static Astro site; agentshelf runs when `astro build` is done (the astro:build:done hook).
import { defineConfig } from 'astro/config';
import { agentshelf } from 'agentshelf/astro';

export default defineConfig({
  site: 'https://astro-shop.example/',
  integrations: [agentshelf({ config: 'agentshelf.config.json' })],
});
