/**
 * Component tests: .astro components rendered with Astro's container API, with and without
 * a site address, so what depends on the configuration is proved without another build of
 * the whole site. The Astro config file is left out (configFile: false): the components
 * need Astro's compiler, not the site's integrations.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
  { configFile: false },
);
