"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { countWords } from "@/lib/articles/word-count";
import { ar } from "@/lib/i18n/ar";
import { Figure } from "./figure-node";
import { BodyImageButton } from "./media-picker";
import { LinkDialog } from "./link-dialog";

const t = ar.admin.editor;

/** The body of an article or a page, labelled, with its error below (the field is `body`). */
export function BodyField({
  label,
  initialHtml,
  error,
  onChange,
}: {
  label: string;
  initialHtml: string;
  error?: string;
  onChange?: () => void;
}) {
  return (
    <div>
      <p className="font-bold">{label}</p>
      <RichTextEditor
        name="body"
        onChange={onChange}
        initialHtml={initialHtml}
        invalid={!!error}
        describedBy={error ? "body-error" : undefined}
      />
      {error && (
        <p id="body-error" className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The article body: Tiptap (ProseMirror) editing right-to-left. Its HTML goes
 * to the server in a hidden field, where it is sanitized before storage.
 */
export function RichTextEditor({
  name,
  initialHtml,
  invalid,
  describedBy,
  onChange,
}: {
  name: string;
  initialHtml: string;
  invalid?: boolean;
  describedBy?: string;
  onChange?: () => void; // the text changed (the article editor's autosave listens)
}) {
  const [html, setHtml] = useState(initialHtml);
  const [words, setWords] = useState(() => countWords(initialHtml.replace(/<[^>]*>/g, " ")));
  const [linking, setLinking] = useState(false);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: { openOnClick: false, protocols: ["http", "https", "mailto"] },
      }),
      Figure,
    ],
    content: initialHtml,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-label": t.body,
        "aria-multiline": "true",
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        dir: "rtl",
        class: "prose-ar min-h-64 rounded-b border bg-white p-3 text-lg focus:outline-2 focus:outline-brand",
      },
    },
    onUpdate: ({ editor }) => {
      setHtml(editor.isEmpty ? "" : editor.getHTML());
      setWords(countWords(editor.getText()));
      onChange?.();
    },
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      h2: e?.isActive("heading", { level: 2 }) ?? false,
      bullet: e?.isActive("bulletList") ?? false,
      ordered: e?.isActive("orderedList") ?? false,
      quote: e?.isActive("blockquote") ?? false,
      link: e?.isActive("link") ?? false,
    }),
  });

  const button = (label: string, pressed: boolean | undefined, run: () => void) => (
    <button
      type="button"
      aria-pressed={pressed ?? false}
      onClick={run}
      className={`rounded px-2 py-1 text-sm ${pressed ? "bg-ink text-white" : "hover:bg-gray-200"}`}
    >
      {label}
    </button>
  );

  return (
    <div>
      <div
        role="toolbar"
        aria-label={t.toolbar}
        className="flex flex-wrap gap-1 rounded-t border border-b-0 bg-gray-50 p-1"
      >
        {button(t.bold, active?.bold, () => editor?.chain().focus().toggleBold().run())}
        {button(t.italic, active?.italic, () => editor?.chain().focus().toggleItalic().run())}
        {button(t.heading, active?.h2, () => editor?.chain().focus().toggleHeading({ level: 2 }).run())}
        {button(t.bulletList, active?.bullet, () => editor?.chain().focus().toggleBulletList().run())}
        {button(t.orderedList, active?.ordered, () => editor?.chain().focus().toggleOrderedList().run())}
        {button(t.quote, active?.quote, () => editor?.chain().focus().toggleBlockquote().run())}
        {button(t.link, active?.link, () => setLinking(true))}
        <BodyImageButton editor={editor} />
      </div>
      <EditorContent editor={editor} />
      <p className="mt-1 text-sm text-muted">{t.wordCount(words)}</p>
      <input type="hidden" name={name} value={html} />
      <LinkDialog
        open={linking}
        initialHref={linking ? ((editor?.getAttributes("link").href as string | undefined) ?? "") : ""}
        onClose={() => {
          setLinking(false);
          editor?.commands.focus();
        }}
        onApply={(href) => {
          setLinking(false);
          const chain = editor?.chain().focus().extendMarkRange("link");
          if (href === "") chain?.unsetLink().run();
          else if (editor?.state.selection.empty && !editor.isActive("link"))
            // Nothing selected: the address itself becomes the linked text.
            chain
              ?.insertContent([
                { type: "text", text: href, marks: [{ type: "link", attrs: { href } }] },
                { type: "text", text: " " }, // typing on is not part of the link
              ])
              .run();
          else chain?.setLink({ href }).run();
        }}
      />
    </div>
  );
}
