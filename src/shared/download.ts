import { markdownFileName, type FileNameParts } from './filename';

/** Saves `text` as the file `name` through a Blob URL and an `<a download>` click. */
export function downloadText(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves `markdown` as a `.md` file named by the user's pattern (`markdownFileName`). */
export function downloadMarkdown(doc: Document, name: FileNameParts, pattern: string, markdown: string): void {
  downloadText(doc, markdownFileName(name, pattern), markdown, 'text/markdown;charset=utf-8');
}
