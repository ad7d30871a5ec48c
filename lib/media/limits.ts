// Upload limits, shared by the editor (an early check in the browser) and the
// server (the check that counts). No server-only imports: the editor uses it.
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);
export const MAX_IMAGE_WIDTH = 1600;
/** For the file picker's `accept`: a hint to the browser only, never trusted. */
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif,image/avif";
/** Files one upload request may carry (the library's uploader sends them one by one). */
export const MAX_FILES_PER_REQUEST = 10;
/** Files one pick in the library's uploader may hold; more are refused with a message. */
export const MAX_FILES_PER_BATCH = 20;
/** Pictures one staff member may add in 24 hours: a stolen session cannot fill the disk. */
export const MAX_UPLOADS_PER_DAY = 300;
/** Alt text and caption lengths, in characters. */
export const MAX_ALT_CHARS = 300;
export const MAX_CAPTION_CHARS = 300;
/** One upload request's body at most: the proxy's and server actions' limit (next.config.js). */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;
