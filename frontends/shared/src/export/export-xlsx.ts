import { downloadBlob } from './download-blob.js';
import { xlsxType } from './xlsx-type.js';

/** One sheet of an export: column headers (in the UI language) and rows of plain values. */
export interface XlsxSheet {
  name: string;
  columns: { header: string; key: string; width?: number; numFmt?: string }[];
  rows: Record<string, string | number | null>[];
}

/**
 * The .xlsx (Excel / WPS) of `sheets`: per sheet a bold header row, then one row per entry, each
 * value under the column of its key. exceljs is loaded only when someone exports: it is large, and
 * no screen needs it to draw.
 */
export async function buildXlsx(sheets: XlsxSheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Careline';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns.map(({ header, key, width, numFmt }) => ({
      header,
      key,
      width: width ?? 16,
      style: numFmt ? { numFmt } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.addRows(sheet.rows);
  }
  return workbook.xlsx.writeBuffer();
}

/** Builds the .xlsx of `sheets` in the page and downloads it as `filename`. */
export async function exportXlsx(filename: string, sheets: XlsxSheet[]): Promise<void> {
  downloadBlob(new Blob([await buildXlsx(sheets)], { type: xlsxType }), filename);
}
