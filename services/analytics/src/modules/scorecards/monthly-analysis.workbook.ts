import ExcelJS from 'exceljs';
import type { KpiInfo, MeasuredValue } from './scorecard-scoring.js';
import type { ScorecardReport } from './dto/scorecards.types.js';

/** The sheets of 月度经营分析, in order (zh-CN: the director opens it in Excel or WPS). */
export const MONTHLY_SHEETS = ['KPI与目标', '日趋势', '部门分解', '绩效考核', '投诉分类', '说明'] as const;

/** identity's departments (Migration20261124105100): names for the codes the rollups carry. */
export const DEPARTMENT_ZH: Record<string, string> = {
  '': '全院（未归属部门）',
  CUSTOMER_SERVICE: '客服部',
  MEMBER_CENTRE: '会员中心',
  CONSULTATION: '咨询中心',
  ONSITE: '现场咨询',
  GUIDE: '导医',
  KEY_ACCOUNT: '大客户部',
  FINANCE: '财务科',
  OPERATIONS: '运营管理部',
};

/** crm's complaint categories (ComplaintCategory), as the complaint facts carry them. */
export const COMPLAINT_CATEGORY_ZH: Record<string, string> = {
  SERVICE_ATTITUDE: '服务态度',
  MEDICAL_QUALITY: '医疗质量',
  BILLING: '收费',
  POINTS_NOT_CREDITED: '积分漏积',
  MEMBERSHIP_NOT_INTRODUCED: '未主动介绍会员制度',
  GIFT_ISSUE: '礼品未登记 / 错发',
  WAITING_TIME: '等候时间',
  OTHER: '其他',
  '': '未分类',
};

const UNIT_ZH: Record<string, string> = { PERCENT: '%', COUNT: '数量', FEN: '元', SCORE: '分' };
const DIRECTION_ZH: Record<string, string> = { HIGHER_IS_BETTER: '越高越好', LOWER_IS_BETTER: '越低越好' };
const STATUS_ZH: Record<string, string> = { OK: '', NO_DATA: '无数据', NO_TARGET: '无目标', NOT_ENTERED: '未录入' };

export interface KpiMonthFigure {
  kpi: KpiInfo;
  current: MeasuredValue;
  previous: MeasuredValue;
}

export interface ComplaintCategoryRow {
  category: string;
  complaints: number;
  closed: number;
  /** mean hours from receipt to closing of the closed ones; null when none closed */
  resolutionHours: number | null;
}

export interface MonthlyAnalysisData {
  month: string;
  previousMonth: string;
  timeZone: string;
  generatedAt: string;
  kpis: KpiMonthFigure[];
  /** days of the month, and per KPI code the value of each day */
  days: string[];
  trends: Map<string, (number | null)[]>;
  /** department code → KPI code → value (KPIs with the DEPARTMENT dimension) */
  departments: { code: string; values: Map<string, number | null> }[];
  scorecards: ScorecardReport[];
  complaints: ComplaintCategoryRow[];
}

/** A KPI figure as a spreadsheet cell: yuan for money (fen ÷ 100), shares stay 0..1 with a % format. */
const cellValue = (value: number | null | undefined, unit: string): number | null =>
  value === null || value === undefined ? null : unit === 'FEN' ? Math.round(value) / 100 : value;
const numFmt = (unit: string): string => (unit === 'PERCENT' ? '0.00%' : unit === 'FEN' ? '#,##0.00' : unit === 'COUNT' ? '#,##0' : '0.00');

function header(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * Builds 月度经营分析: KPIs against their targets and the previous month, the month's daily
 * trends, the figures by department, the month's scorecards and the complaint categories, then a
 * sheet saying how each figure was made. Figures are numbers (formatted), never text, so the
 * director can sort, chart and sum them.
 */
export async function buildMonthlyAnalysis(data: MonthlyAnalysisData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Careline';
  workbook.created = new Date(data.generatedAt);

  // 1. KPI与目标
  const kpiSheet = workbook.addWorksheet(MONTHLY_SHEETS[0]);
  kpiSheet.columns = [
    { header: '指标代码', key: 'code', width: 30 },
    { header: '指标', key: 'name', width: 24 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '方向', key: 'direction', width: 10 },
    { header: `本月（${data.month}）`, key: 'current', width: 16 },
    { header: '目标', key: 'target', width: 12 },
    { header: '达成（本月÷目标）', key: 'attainment', width: 16 },
    { header: `上月（${data.previousMonth}）`, key: 'previous', width: 16 },
    { header: '环比变化', key: 'change', width: 14 },
    { header: '分子', key: 'numerator', width: 16 },
    { header: '分母', key: 'denominator', width: 16 },
  ];
  header(kpiSheet);
  const addKpiRow = (
    code: string,
    name: string,
    unit: string,
    direction: string,
    current: number | null,
    previous: number | null,
    target: number | null,
    numerator: number | null,
    denominator: number | null,
    fractionUnit: string,
  ) => {
    const row = kpiSheet.addRow({
      code,
      name,
      unit: UNIT_ZH[unit] ?? unit,
      direction: DIRECTION_ZH[direction] ?? direction,
      current: cellValue(current, unit),
      target: cellValue(target, unit),
      attainment: current !== null && target !== null && target > 0 ? current / target : null,
      previous: cellValue(previous, unit),
      change: current !== null && previous !== null ? cellValue(current - previous, unit) : null,
      numerator: cellValue(numerator, fractionUnit),
      denominator: cellValue(denominator, fractionUnit),
    });
    for (const key of ['current', 'target', 'previous', 'change']) row.getCell(key).numFmt = numFmt(unit);
    row.getCell('attainment').numFmt = '0.00%';
    row.getCell('numerator').numFmt = numFmt(fractionUnit);
    row.getCell('denominator').numFmt = numFmt(fractionUnit);
  };
  for (const { kpi, current, previous } of data.kpis) {
    // completion KPIs: numerator and target amount are money (fen); rates count things
    const completion = kpi.unit === 'PERCENT' && kpi.defaultTarget === 1;
    const fractionUnit = kpi.unit === 'FEN' || completion ? 'FEN' : 'COUNT';
    const target = kpi.unit === 'SCORE' ? null : (current.target ?? kpi.defaultTarget);
    addKpiRow(
      kpi.code,
      kpi.nameZh,
      kpi.unit,
      kpi.direction,
      current.value,
      previous.value,
      target,
      current.numerator,
      current.denominator,
      kpi.unit === 'FEN' ? 'FEN' : fractionUnit,
    );
    if (kpi.hasShare) {
      addKpiRow(
        `${kpi.code}_SHARE`,
        `${kpi.nameZh}（4分及以上占比）`,
        'PERCENT',
        kpi.direction,
        current.share ?? null,
        previous.share ?? null,
        kpi.defaultTarget,
        null,
        current.denominator,
        'COUNT',
      );
    }
  }

  // 2. 日趋势
  const trendSheet = workbook.addWorksheet(MONTHLY_SHEETS[1]);
  trendSheet.columns = [
    { header: `日期（${data.timeZone}）`, key: 'day', width: 14 },
    ...data.kpis.map(({ kpi }) => ({ header: `${kpi.nameZh}（${UNIT_ZH[kpi.unit] ?? kpi.unit}）`, key: kpi.code, width: 16 })),
  ];
  header(trendSheet);
  data.days.forEach((day, i) => {
    const row = trendSheet.addRow({
      day,
      ...Object.fromEntries(data.kpis.map(({ kpi }) => [kpi.code, cellValue(data.trends.get(kpi.code)?.[i] ?? null, kpi.unit)])),
    });
    for (const { kpi } of data.kpis) row.getCell(kpi.code).numFmt = numFmt(kpi.unit);
  });

  // 3. 部门分解
  const departmentKpis = data.kpis.filter(({ kpi }) => kpi.dimensions.includes('DEPARTMENT'));
  const departmentSheet = workbook.addWorksheet(MONTHLY_SHEETS[2]);
  departmentSheet.columns = [
    { header: '部门代码', key: 'code', width: 18 },
    { header: '部门', key: 'name', width: 16 },
    ...departmentKpis.map(({ kpi }) => ({ header: `${kpi.nameZh}（${UNIT_ZH[kpi.unit] ?? kpi.unit}）`, key: kpi.code, width: 16 })),
  ];
  header(departmentSheet);
  for (const department of data.departments) {
    const row = departmentSheet.addRow({
      code: department.code,
      name: DEPARTMENT_ZH[department.code] ?? department.code,
      ...Object.fromEntries(departmentKpis.map(({ kpi }) => [kpi.code, cellValue(department.values.get(kpi.code) ?? null, kpi.unit)])),
    });
    for (const { kpi } of departmentKpis) row.getCell(kpi.code).numFmt = numFmt(kpi.unit);
  }

  // 4. 绩效考核
  const scoreSheet = workbook.addWorksheet(MONTHLY_SHEETS[3]);
  scoreSheet.columns = [
    { header: '岗位', key: 'position', width: 18 },
    { header: '排名', key: 'rank', width: 6 },
    { header: '员工', key: 'staff', width: 14 },
    { header: '员工ID', key: 'staffId', width: 38 },
    { header: '部门', key: 'department', width: 14 },
    { header: '总分', key: 'total', width: 8 },
    { header: '权重', key: 'weights', width: 28 },
    { header: '明细（项目：得分 × 权重）', key: 'items', width: 90 },
  ];
  header(scoreSheet);
  for (const report of data.scorecards) {
    const weights = report.template.normalised ? `权重合计 ${report.template.weightTotal}，已按 100 归一化` : '权重合计 100';
    if (report.rows.length === 0) {
      scoreSheet.addRow({ position: report.template.nameZh, weights, items: '本月无考核记录' });
      continue;
    }
    for (const row of report.rows) {
      const added = scoreSheet.addRow({
        position: report.template.nameZh,
        rank: row.rank,
        staff: row.staffName ?? '',
        staffId: row.staffId,
        department: DEPARTMENT_ZH[row.departmentCode] ?? row.departmentCode,
        total: row.total,
        weights,
        items: row.items
          .map(
            (item) =>
              `${item.nameZh}：${item.score.toFixed(1)} × ${item.normalisedWeight.toFixed(2)}%${STATUS_ZH[item.status] ? `（${STATUS_ZH[item.status]}）` : ''}`,
          )
          .join('；'),
      });
      added.getCell('total').numFmt = '0.00';
    }
  }

  // 5. 投诉分类
  const complaintSheet = workbook.addWorksheet(MONTHLY_SHEETS[4]);
  complaintSheet.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '投诉类别', key: 'category', width: 22 },
    { header: '投诉数', key: 'complaints', width: 10 },
    { header: '占比', key: 'share', width: 10 },
    { header: '已结案', key: 'closed', width: 10 },
    { header: '平均处理时长（小时）', key: 'hours', width: 20 },
  ];
  header(complaintSheet);
  const totalComplaints = data.complaints.reduce((sum, c) => sum + c.complaints, 0);
  data.complaints.forEach((c, i) => {
    const row = complaintSheet.addRow({
      rank: i + 1,
      category: COMPLAINT_CATEGORY_ZH[c.category] ?? c.category,
      complaints: c.complaints,
      share: totalComplaints ? c.complaints / totalComplaints : null,
      closed: c.closed,
      hours: c.resolutionHours === null ? null : Math.round(c.resolutionHours * 10) / 10,
    });
    row.getCell('share').numFmt = '0.00%';
  });
  const totalRow = complaintSheet.addRow({
    category: '合计',
    complaints: totalComplaints,
    closed: data.complaints.reduce((sum, c) => sum + c.closed, 0),
  });
  totalRow.font = { bold: true };

  // 6. 说明
  const notes = workbook.addWorksheet(MONTHLY_SHEETS[5]);
  notes.columns = [
    { header: '项目', key: 'k', width: 20 },
    { header: '说明', key: 'v', width: 110 },
  ];
  header(notes);
  notes.addRows([
    { k: '月份', v: data.month },
    { k: '生成时间', v: `${data.generatedAt}（${data.timeZone}）` },
    { k: '日期口径', v: `按医院所在时区 ${data.timeZone} 的自然日统计` },
    { k: '金额', v: '单位：元（系统内以分存储，导出时 ÷ 100）' },
    { k: '比率', v: '以百分比显示；达成 = 本月数值 ÷ 目标；完成率类指标的数值本身即为 实际 ÷ 月度目标（按天数折算）' },
    {
      k: '绩效得分',
      v: '测量项：min(数值 ÷ 目标, 1.2) × 100；越低越好的比率（投诉率）：min(目标 ÷ 数值, 1.2) × 100，数值为 0 得 120；评分项：主管录入 0–100；无数据、无目标或未录入的项目计 0 分',
    },
    { k: '权重', v: '按岗位模板给定的权重；权重合计不为 100 的模板（现场咨询主管 115）按 100 归一化后计分' },
    { k: '投诉分类', v: '本月受理的投诉（不含建议），按类别统计；处理时长为已结案投诉从受理到结案的平均小时数' },
  ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
