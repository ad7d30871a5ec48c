// Types for plain-html.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
export function isReaderPage(pathname: string): boolean;
export function withoutRuntime(html: Buffer, stylesheet?: (href: string) => Buffer | null): Buffer;
export function stylesheetForPage(css: string, href: string): Buffer | null;
