import { downloadBlob } from './download-blob.js';

/** One sheet of an export: column headers (in the UI language) and rows of plain values. */
export interface XlsxSheet {
  name: string;
  columns: { header: string; key: string; width?: number; numFmt?: string }[];
  rows: Record<string, string | number | null>[];
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Builds an .xlsx (Excel / WPS) in the page and downloads it. exceljs is loaded only when someone
 * exports: it is large, and no screen needs it to draw.
 */
export async function exportXlsx(filename: string, sheets: XlsxSheet[]): Promise<void> {
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
  const buffer = await workbook.xlsx.writeBuffer();
  downloadBlob(new Blob([buffer], { type: xlsxType }), filename);
}
