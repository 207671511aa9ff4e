// "Download my consent record": the shopper's machine-readable copy (the seed policy's promise),
// made in the page from exportConsent(), so it works offline and sends nothing anywhere.
export function downloadJson(doc: Document, parent: Node, fileName: string, value: unknown): void {
  const win = doc.defaultView!;
  const url = win.URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; release it later, not under the browser's feet.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}
