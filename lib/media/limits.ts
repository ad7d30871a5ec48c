// Upload limits, shared by the editor (an early check in the browser) and the
// server (the check that counts). No server-only imports: the editor uses it.
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);
export const MAX_IMAGE_WIDTH = 1600;
/** For the file picker's `accept`: a hint to the browser only, never trusted. */
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif,image/avif";
