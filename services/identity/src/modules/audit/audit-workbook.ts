import ExcelJS from 'exceljs';
import type { AuditEntry } from './audit-entry.entity.js';

const OUTCOME_ZH: Record<string, string> = { SUCCESS: '成功', DENIED: '拒绝', FAILED: '失败' };
const ACTOR_KIND_ZH: Record<string, string> = { staff: '员工', partner: '合作机构', system: '系统', anonymous: '匿名' };

/** `2026-11-24 19:30:05` in the hospital's time zone. */
export function localTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export const AUDIT_COLUMNS = [
  { header: '时间', key: 'at', width: 20 },
  { header: '服务', key: 'service', width: 10 },
  { header: '操作者类型', key: 'actorKind', width: 10 },
  { header: '操作者ID', key: 'actorId', width: 38 },
  { header: '操作者', key: 'actorName', width: 16 },
  { header: '角色', key: 'role', width: 14 },
  { header: '部门', key: 'department', width: 18 },
  { header: '合作机构', key: 'partnerId', width: 38 },
  { header: '操作', key: 'operation', width: 32 },
  { header: '对象类型', key: 'targetType', width: 16 },
  { header: '对象ID', key: 'targetIds', width: 40 },
  { header: '字段', key: 'fields', width: 30 },
  { header: '客户ID', key: 'customerIds', width: 40 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '原因', key: 'reason', width: 40 },
  { header: '请求ID', key: 'requestId', width: 38 },
  { header: '来源IP', key: 'clientIp', width: 16 },
  { header: '调用 (字段及参数)', key: 'rootFields', width: 40 },
  { header: '操作哈希 (SHA-256)', key: 'operationHash', width: 66 },
] as const;

/**
 * Builds the workbook people open in Excel or WPS: one sheet, zh-CN headers, times as text in the
 * hospital's time zone (named in the header, so nobody reads them as UTC), lists joined by commas.
 */
export class AuditWorkbook {
  private readonly workbook = new ExcelJS.Workbook();
  private readonly sheet: ExcelJS.Worksheet;
  rows = 0;

  constructor(private readonly timeZone: string) {
    this.workbook.creator = 'Careline';
    this.workbook.created = new Date();
    this.sheet = this.workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = AUDIT_COLUMNS.map((column) => ({
      ...column,
      header: column.key === 'at' ? `${column.header} (${timeZone})` : column.header,
    }));
    this.sheet.getRow(1).font = { bold: true };
  }

  add(entries: AuditEntry[]): void {
    for (const entry of entries) {
      this.sheet.addRow({
        at: localTime(entry.at, this.timeZone),
        service: entry.service,
        actorKind: ACTOR_KIND_ZH[entry.actorKind] ?? entry.actorKind,
        actorId: entry.actorId ?? '',
        actorName: entry.actorName ?? '',
        role: entry.role ?? '',
        department: entry.department ?? '',
        partnerId: entry.partnerId ?? '',
        operation: entry.operation,
        targetType: entry.targetType ?? '',
        targetIds: entry.targetIds.join(', '),
        fields: entry.fields.join(', '),
        customerIds: entry.customerIds.join(', '),
        outcome: OUTCOME_ZH[entry.outcome] ?? entry.outcome,
        reason: entry.reason ?? '',
        requestId: entry.requestId ?? '',
        clientIp: entry.clientIp ?? '',
        rootFields: entry.rootFields.join('; '),
        operationHash: entry.operationHash ?? '',
      });
      this.rows++;
    }
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
