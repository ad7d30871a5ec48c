// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The e2e suite builds into its own folder so it never disturbs a running site.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Uploaded media is served from /media/ (app/media/[...path]/route.ts); the
  // image optimizer takes nothing else, and no query strings.
  images: { localPatterns: [{ pathname: "/media/**", search: "" }] },
  experimental: {
    // The article form carries a featured image of up to 8 MB (lib/media/limits.ts)
    // plus the text; the proxy buffers /admin request bodies, so both limits move together.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  // Listing pages stay cacheable (ISR): `?page=N` is mapped onto a path segment
  // here, in the router, instead of reading searchParams (which would make every
  // listing request a dynamic render). Same for WordPress's `?replytocom=`.
  async rewrites() {
    const paged = ["category", "author", "tag"].map((kind) => ({
      source: `/${kind}/:slug`,
      has: [{ type: /** @type {const} */ ("query"), key: "page", value: "(?<page>.*)" }],
      destination: `/${kind}/:slug/page/:page`,
    }));
    return {
      beforeFiles: [
        ...paged,
        {
          source: "/articles/:slug",
          has: [{ type: "query", key: "replytocom", value: "(?<reply>.*)" }],
          destination: "/articles/:slug/reply/:reply",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

module.exports = nextConfig;
