/** Saves a base64 file the server sent (e.g. an .xlsx export) under `filename`, without a round trip. */
export function downloadBase64(contentBase64: string, filename: string, type: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has started the download; the blob is no longer needed once it has been read
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
