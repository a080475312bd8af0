import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../export-xlsx.js';

describe('buildXlsx', () => {
  it('writes each sheet as a bold header row and one row per entry, values under their column', async () => {
    const bytes = await buildXlsx([
      {
        name: 'Gift cost',
        columns: [
          { header: 'Gift', key: 'gift', width: 30 },
          { header: 'Quantity', key: 'quantity' },
          { header: 'Cost (yuan)', key: 'cost', numFmt: '#,##0.00' },
        ],
        // keys in another order than the columns, and one value missing
        rows: [
          { cost: 1280.5, gift: 'Toothbrush', quantity: 3 },
          { gift: 'Voucher', quantity: 1, cost: null },
        ],
      },
      { name: 'Empty', columns: [{ header: 'Nothing', key: 'nothing' }], rows: [] },
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Gift cost', 'Empty']);

    const sheet = workbook.getWorksheet('Gift cost')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(3);
    expect(values(1)).toEqual(['Gift', 'Quantity', 'Cost (yuan)']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(values(2)).toEqual(['Toothbrush', 3, 1280.5]);
    expect(sheet.getCell('B3').value).toBe(1);
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(16);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00');

    expect(workbook.getWorksheet('Empty')!.rowCount).toBe(1);
  });
});
