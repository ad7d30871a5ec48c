/** NUL and the other control characters (tab and line breaks kept) never belong in stored text; PostgreSQL refuses NUL outright. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const stripControls = (s: string) => s.replace(CONTROL, "");
