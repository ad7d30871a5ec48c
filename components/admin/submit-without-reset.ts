"use client";

import { startTransition } from "react";

/**
 * An onSubmit handler that runs a form action without React's automatic form
 * reset. With `<form action>`, React resets uncontrolled fields after every
 * submit; the article editor's selects and rich-text body would lose what
 * was chosen and typed when a save is refused.
 */
export function submitWithoutReset(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
}
