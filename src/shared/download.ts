import { markdownFileName } from './filename';

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

/** Saves `markdown` as `<slug of title>.md`. */
export function downloadMarkdown(doc: Document, title: string, markdown: string): void {
  downloadText(doc, markdownFileName(title), markdown, 'text/markdown;charset=utf-8');
}
