import { describe, expect, it } from 'vitest';
import { cacheControlFor } from './static-assets';

describe('cacheControlFor', () => {
  it('caches content-hashed assets for a year, also their compressed copies', () => {
    for (const p of ['/srv/web/dist/assets/index-B33FqX3M.js', '/srv/field/dist/assets/vendor-x1.js.br', '/srv/web/dist/assets/index-6rdbF1WG.css.gz']) {
      expect(cacheControlFor(p)).toBe('public, max-age=31536000, immutable');
    }
  });
  it('revalidates the HTML shells, the service worker, workbox and the manifest', () => {
    for (const p of ['/srv/web/dist/index.html', '/srv/web/dist/index.html.br', '/srv/field/dist/sw.js', '/srv/field/dist/sw.js.gz', '/srv/field/dist/workbox-5a1b2c.js', '/srv/field/dist/manifest.webmanifest']) {
      expect(cacheControlFor(p)).toBe('no-cache');
    }
  });
  it('leaves other files (icons) to the default', () => {
    expect(cacheControlFor('/srv/web/dist/favicon.svg')).toBeNull();
  });
});
