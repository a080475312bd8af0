/** Saves bytes made in the page (an .xlsx export) under `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has started the download; the blob is no longer needed once it has been read
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
