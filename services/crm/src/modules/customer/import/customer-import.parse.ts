import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** One data row: its number in the file (header = 1) and its cells by normalised column name. */
export interface ImportRow {
  row: number;
  values: Partial<Record<ImportColumn, string>>;
}

export type ImportColumn =
  'name' | 'phone' | 'gender' | 'channel' | 'region' | 'birthDate' | 'wechatId' | 'address' | 'tags' | 'marketingConsent' | 'registeredAt';

/** Header names people write (English or Chinese), lower-cased without spaces. */
const HEADERS: Record<string, ImportColumn> = {
  name: 'name',
  姓名: 'name',
  客户姓名: 'name',
  phone: 'phone',
  mobile: 'phone',
  手机: 'phone',
  手机号: 'phone',
  电话: 'phone',
  联系电话: 'phone',
  gender: 'gender',
  性别: 'gender',
  channel: 'channel',
  渠道: 'channel',
  来院渠道: 'channel',
  来源: 'channel',
  region: 'region',
  区域: 'region',
  地区: 'region',
  birthdate: 'birthDate',
  birthday: 'birthDate',
  生日: 'birthDate',
  出生日期: 'birthDate',
  wechatid: 'wechatId',
  wechat: 'wechatId',
  微信: 'wechatId',
  微信号: 'wechatId',
  address: 'address',
  地址: 'address',
  tags: 'tags',
  标签: 'tags',
  marketingconsent: 'marketingConsent',
  consent: 'marketingConsent',
  营销同意: 'marketingConsent',
  同意营销: 'marketingConsent',
  registeredat: 'registeredAt',
  登记时间: 'registeredAt',
  建档时间: 'registeredAt',
};

export class ImportFileError extends Error {}

function toRows(table: string[][]): ImportRow[] {
  const [header, ...data] = table;
  if (!header) throw new ImportFileError('the file is empty');
  const columns = header.map(
    (h) =>
      HEADERS[
        String(h ?? '')
          .trim()
          .toLowerCase()
          .replace(/[\s_-]/g, '')
      ],
  );
  if (!columns.includes('name') || !columns.includes('phone'))
    throw new ImportFileError('the first row must name the columns, at least name (姓名) and phone (手机号)');
  const rows: ImportRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const values: ImportRow['values'] = {};
    columns.forEach((column, i) => {
      if (column && cells[i] != null && String(cells[i]).trim() !== '') values[column] = String(cells[i]).trim();
    });
    rows.push({ row: index + 2, values });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** Reads a .csv (UTF-8, with or without BOM) or .xlsx (first sheet) into rows. */
export async function parseImportFile(filename: string, content: Buffer): Promise<ImportRow[]> {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv')) {
    let table: string[][];
    try {
      table = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    } catch (error) {
      throw new ImportFileError(`the CSV cannot be read: ${(error as Error).message}`);
    }
    return toRows(table);
  }
  if (lower.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch (error) {
      throw new ImportFileError(`the XLSX cannot be read: ${(error as Error).message}`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new ImportFileError('the workbook has no sheet');
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
      table[number - 1] = cells;
    });
    return toRows(Array.from(table, (r) => r ?? []));
  }
  throw new ImportFileError('only .csv and .xlsx files can be imported');
}
