// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The e2e suite builds into its own folder so it never disturbs a running site.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
