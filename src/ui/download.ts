import { markdownFileName } from './filename';

/** Saves `markdown` as `<slug of title>.md` through a Blob URL and an `<a download>` click. */
export function downloadMarkdown(doc: Document, title: string, markdown: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = markdownFileName(title);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
