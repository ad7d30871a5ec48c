import { Fragment } from "react";
import type { Segment } from "@/lib/search/highlight";

/** Text with matched words in <mark>; segments are plain text (React escapes them), always whole words. */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 text-inherit">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
