import { downloadBlob } from './download-blob.js';
import { xlsxType } from './xlsx-type.js';

/** Saves a base64 file the server built (an .xlsx export unless `type` says otherwise) under `filename`, without a round trip. */
export function downloadBase64(contentBase64: string, filename: string, type: string = xlsxType): void {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  downloadBlob(new Blob([bytes], { type }), filename);
}
