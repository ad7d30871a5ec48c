// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.mjs compresses: it changes reader pages before they are sent.
  compress: false,
  // The e2e suite builds into its own folder so it never disturbs a running site.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Next's own page cache, plus a hash-based script policy for each cached page
  // (cached HTML cannot carry a per-request nonce; see docs/security.md).
  cacheHandler: require.resolve("./lib/site/csp-hash-cache.js"),
  // Uploaded pictures are stored in every width they are shown at and served
  // from /media/ (app/media/[...path]/route.ts, docs/pictures.md): Next's
  // on-request image optimizer is not used, and refuses every URL, so no
  // stranger can make the server resize pictures or fill its cache.
  images: { localPatterns: [] },
  experimental: {
    // The article form carries a featured image of up to 8 MB (lib/media/limits.ts)
    // plus the text; the proxy buffers /admin request bodies, so both limits move together.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  // WordPress links end in a slash and must answer 301 (search engines and old
  // links), but Next's own slash-removing redirect is a 308 and runs before
  // anything else. So it is switched off and redone in redirects() below:
  // WordPress-shaped paths get 301, every other path keeps Next's 308.
  skipTrailingSlashRedirect: true,
  // public/comments.js is linked with a hash of its contents (lib/site/public-asset.ts).
  async headers() {
    return [
      { source: "/comments.js", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  async redirects() {
    const wordpress = ["category", "tag"].map((kind) => ({
      source: `/${kind}/:slug/`,
      destination: `/${kind}/:slug`,
      statusCode: /** @type {const} */ (301),
    }));
    // Next's built-in rules, minus the paths proxy.ts answers for old WordPress
    // links (lib/wordpress/legacy.ts: it gives the other one-segment paths their 308).
    const keep = "(?!\\.well-known(?:/.*)?|author/[^/]+/$|\\d{4}/\\d{2}/\\d{2}/[^/]+/$|[^/.]+/$)";
    return [
      ...wordpress,
      { source: `/:file(${keep}(?:[^/]+/)*[^/]+\\.\\w+)/`, destination: "/:file", permanent: true },
      { source: `/:notfile(${keep}(?:[^/]+/)*[^/\\.]+)/`, destination: "/:notfile", permanent: true },
    ];
  },
  // Listing pages stay cacheable (ISR): `?page=N` is mapped onto a path segment
  // here, in the router, instead of reading searchParams (which would make every
  // listing request a dynamic render). Same for WordPress's `?replytocom=`.
  // Only digits are mapped: the router decodes what it maps and failed on a
  // malformed escape (`?replytocom=%25`, a 500); other values are left in the
  // query, where proxy.ts answers a bad `page` with a 404 and the article
  // ignores a bad `replytocom`, as WordPress does.
  async rewrites() {
    const paged = ["category", "author", "tag"].map((kind) => ({
      source: `/${kind}/:slug`,
      has: [{ type: /** @type {const} */ ("query"), key: "page", value: "(?<page>[1-9][0-9]{0,5})" }],
      destination: `/${kind}/:slug/page/:page`,
    }));
    return {
      beforeFiles: [
        ...paged,
        // Where a held comment's author lands (WordPress's `?unapproved=`): a page rendered per request.
        {
          source: "/articles/:slug",
          has: [{ type: "query", key: "unapproved", value: "(?<held>[1-9]\\d{0,9})" }],
          destination: "/articles/:slug/held",
        },
        {
          source: "/articles/:slug",
          has: [{ type: "query", key: "replytocom", value: "(?<reply>[1-9][0-9]{0,9})" }],
          destination: "/articles/:slug/reply/:reply",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

module.exports = nextConfig;
