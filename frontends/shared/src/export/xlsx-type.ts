/** The media type of an .xlsx workbook (Excel / WPS). */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
