import type { XlsxSheet } from '@careline/frontend-shared';

export interface ExportSection {
  service: string;
  table: string;
  rows: Record<string, unknown>[];
}

/** A cell: numbers and text as they are, anything else (dates arrive as text, lists and objects) as JSON. */
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The export's workbook: a summary sheet (service, table, rows), then one sheet per service and table
 * with every column. Sheet names are at most 31 characters and unique, as Excel requires.
 */
export function exportSheets(sections: ExportSection[], summary: { service: string; table: string; rows: string }): XlsxSheet[] {
  const used = new Set<string>();
  const nameOf = (section: ExportSection, index: number) => {
    let name = `${section.service}.${section.table}`.slice(0, 31);
    if (used.has(name)) name = `${name.slice(0, 27)}~${index}`;
    used.add(name);
    return name;
  };
  const sheets: XlsxSheet[] = sections.map((section, index) => {
    const keys = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
    return {
      name: nameOf(section, index),
      columns: keys.map((key) => ({ header: key, key, width: 20 })),
      rows: section.rows.map((row) => Object.fromEntries(keys.map((key) => [key, cell(row[key])]))),
    };
  });
  return [
    {
      name: 'summary',
      columns: [
        { header: summary.service, key: 'service', width: 14 },
        { header: summary.table, key: 'table', width: 32 },
        { header: summary.rows, key: 'rows', width: 10 },
      ],
      rows: sections.map((section) => ({ service: section.service, table: section.table, rows: section.rows.length })),
    },
    ...sheets,
  ];
}
