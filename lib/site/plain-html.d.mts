// Types for plain-html.mjs (plain JavaScript: scripts/serve.mjs loads it uncompiled).
export function isReaderPage(pathname: string): boolean;
export function withoutRuntime(html: Buffer): Buffer;
