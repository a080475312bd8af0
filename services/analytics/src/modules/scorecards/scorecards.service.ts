import { Role } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import {
  normalisedWeights,
  rankByTotal,
  scoreItem,
  itemTarget,
  totalOf,
  type KpiInfo,
  type MeasureFn,
  type MeasuredValue,
  type MeasureScopeInput,
  type ScoredItem,
  type TemplateItem,
} from './scorecard-scoring.js';
import { ScorecardErrors, monthPeriod, validateJudged, validateTemplateItems } from './scorecards.rules.js';
import type {
  ScorecardEntry,
  ScorecardReport,
  ScorecardRow,
  ScorecardTemplate,
  SetJudgedScoreInput,
  UpdateScorecardTemplateInput,
} from './dto/scorecards.types.js';

const T = (name: string) => `"analytics"."${name}"`;

/** What scorecards take from the KPI module: the registry and KpiService.measure (tests inject their own). */
export interface ScorecardsDeps {
  registry: readonly KpiInfo[];
  measure: MeasureFn;
  /**
   * KpiService.measureScopes: several KPIs over one range for many scopes, in a fixed number of
   * statements (one code → value map per scope); without it, measure per KPI and scope
   */
  measureScopes?: (
    codes: readonly string[],
    period: { from: string; to: string },
    scopes: readonly MeasureScopeInput[],
  ) => Promise<Map<string, MeasuredValue>[]>;
}

interface TemplateRecord {
  position_code: string;
  name_zh: string;
  name_en: string;
  items: TemplateItem[];
  updated_at: Date;
  updated_by: string | null;
}

interface EntryRecord {
  month: string;
  staff_id: string;
  staff_name: string | null;
  position_code: string;
  department_code: string;
}

/**
 * 绩效考核: position templates, judged entries and the weighted monthly score (the rule is in
 * scorecard-scoring.ts). Who is scored in which position: identity publishes no staff events, so
 * each staff member's position and department come from their scorecard entry (written with the
 * manager's judged scores); a month without an entry takes the latest earlier one, so a staff
 * member once entered keeps being scored (measured items) until moved.
 */
export class ScorecardsService {
  constructor(
    private readonly ctx: AnalyticsContext,
    private readonly deps: ScorecardsDeps,
  ) {}

  private get em() {
    return this.ctx.em;
  }

  private kpi(code: string | null): KpiInfo | undefined {
    return code ? this.deps.registry.find((entry) => entry.code === code) : undefined;
  }

  private toTemplate(row: TemplateRecord): ScorecardTemplate {
    const { weightTotal, normalised, weights } = normalisedWeights(row.items);
    return {
      positionCode: row.position_code,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      weightTotal,
      normalised,
      updatedAt: new Date(row.updated_at),
      updatedBy: row.updated_by,
      items: row.items.map((item, i) => ({
        ...item,
        normalisedWeight: Math.round(weights[i]! * 10_000) / 10_000,
        // a judged item with a target is a count held against it
        effectiveTarget: item.kind === 'MEASURED' ? itemTarget(item, this.kpi(item.kpiCode)) : item.target,
        unit:
          item.kind === 'MEASURED'
            ? item.figure === 'SHARE'
              ? 'PERCENT'
              : (this.kpi(item.kpiCode)?.unit ?? null)
            : item.target !== null
              ? 'COUNT'
              : null,
        direction: item.kind === 'MEASURED' ? (this.kpi(item.kpiCode)?.direction ?? null) : null,
      })) as ScorecardTemplate['items'],
    };
  }

  async templates(): Promise<ScorecardTemplate[]> {
    const rows = await this.em.execute<TemplateRecord[]>(
      `select position_code, name_zh, name_en, items, updated_at, updated_by::text from ${T('scorecard_template')} order by sort_order, position_code`,
    );
    return rows.map((row) => this.toTemplate(row));
  }

  async template(positionCode: string): Promise<ScorecardTemplate> {
    const [row] = await this.em.execute<TemplateRecord[]>(
      `select position_code, name_zh, name_en, items, updated_at, updated_by::text from ${T('scorecard_template')} where position_code = ?`,
      [positionCode],
    );
    if (!row) throw ScorecardErrors.templateNotFound(positionCode);
    return this.toTemplate(row);
  }

  /** The director replaces a template's items (or creates a template for another position); audited. */
  async updateTemplate(input: UpdateScorecardTemplateInput): Promise<ScorecardTemplate> {
    const positionCode = (input.positionCode ?? '').trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{1,47}$/.test(positionCode))
      throw ScorecardErrors.bad('positionCode', `positionCode "${input.positionCode}" is not a position code`, 'POSITION_INVALID');
    const items = validateTemplateItems(input.items, this.deps.registry);
    const nameZh = input.nameZh?.trim() || null;
    const nameEn = input.nameEn?.trim() || null;
    await this.em.transactional(async (em) => {
      const [existing] = await em.execute<{ name_zh: string }[]>(
        `select name_zh from ${T('scorecard_template')} where position_code = ? for update`,
        [positionCode],
      );
      if (!existing && (!nameZh || !nameEn)) {
        throw ScorecardErrors.bad(
          nameZh ? 'nameEn' : 'nameZh',
          `a new template (position ${positionCode}) needs its zh-CN and English names`,
          'NAME_REQUIRED',
        );
      }
      await em.execute(
        `insert into ${T('scorecard_template')} (position_code, name_zh, name_en, sort_order, items, updated_at, updated_by)
         values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from ${T('scorecard_template')}), ?::jsonb, now(), ?)
         on conflict (position_code) do update set name_zh = coalesce(?, scorecard_template.name_zh), name_en = coalesce(?, scorecard_template.name_en),
           items = excluded.items, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [positionCode, nameZh ?? '', nameEn ?? '', JSON.stringify(items), this.ctx.caller.id ?? null, nameZh, nameEn],
      );
      await this.ctx.audit.change(em, {
        operation: 'mutation updateScorecardTemplate',
        targetType: 'ScorecardTemplate',
        targetIds: [positionCode],
        fields: ['items', ...(nameZh ? ['nameZh'] : []), ...(nameEn ? ['nameEn'] : [])],
      });
    });
    return this.template(positionCode);
  }

  /**
   * The department a caller works on: the director any (null = every department); a department
   * admin their own (none given → their own; another → FORBIDDEN, recorded).
   */
  scopeDepartment(departmentCode: string | null | undefined, operation: string, targetType: string): string | null {
    const caller = this.ctx.caller;
    const asked = departmentCode?.trim() || null;
    if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return asked;
    if (asked && asked !== caller.department) {
      this.ctx.audit.denied(operation, targetType, `admin of ${caller.department ?? 'no department'} asked for ${asked}`, [asked]);
      throw ScorecardErrors.otherDepartment(caller.department, asked);
    }
    return caller.department ?? '';
  }

  /**
   * Where every staff member works in the month: their scorecard entry for the month or the latest
   * earlier one, else identity's staff dimension (analytics.staff_dim, active staff) — so a staff
   * member of the position is scored before anyone enters a judged score for them (issue 17).
   */
  private async placements(month: string): Promise<EntryRecord[]> {
    return this.em.execute<EntryRecord[]>(
      `select distinct on (staff_id) month, staff_id, staff_name, position_code, department_code from (
         select month, staff_id::text, staff_name, position_code, department_code, 0 as rank from ${T('scorecard_entry')} where month <= ?
         union all
         select ?::text as month, staff_id::text, name as staff_name, position_code, department_code, 1 as rank from ${T('staff_dim')} where active
       ) placed order by staff_id, rank, month desc`,
      [month, month],
    );
  }

  /** Each staff member placed in the position (and department) for the month (placements). */
  private async entries(
    month: string,
    positionCode: string,
    departmentCode: string | null,
    placed?: EntryRecord[],
  ): Promise<EntryRecord[]> {
    return (placed ?? (await this.placements(month))).filter(
      (e) => e.position_code === positionCode && (departmentCode === null || e.department_code === departmentCode),
    );
  }

  /** The month's scorecards of a position, scored and ranked. */
  async scorecards(monthInput: string, positionCodeInput: string, departmentCode: string | null): Promise<ScorecardReport> {
    const period = monthPeriod(monthInput);
    const template = await this.template(positionCodeInput);
    const items = template.items as unknown as TemplateItem[];
    const placed = await this.placements(period.month);
    const entries = await this.entries(period.month, template.positionCode, departmentCode, placed);
    // a department's figure is its staff's (the registry's attribution STAFF_DEPARTMENT), not the rows
    // filed under a visit's clinical department of the same code
    const teamOf = (department: string) => placed.filter((e) => e.department_code === department).map((e) => e.staff_id);
    const judged = entries.length
      ? await this.em.execute<{ staff_id: string; item_code: string; score: number }[]>(
          `select staff_id::text, item_code, score from ${T('scorecard_judged')} where month = ? and staff_id = any(?::uuid[])`,
          [period.month, `{${entries.map((e) => e.staff_id).join(',')}}`],
        )
      : [];
    const judgedOf = new Map<string, number>(judged.map((j) => [`${j.staff_id}/${j.item_code}`, Number(j.score)]));
    const { weights } = normalisedWeights(items);

    // every figure the rows need, measured together: a department's or the hospital's once, the
    // staff members' in one batch (KpiService.measureScopes), so the statements do not grow with the rows
    const scopeOf = (item: TemplateItem, entry: EntryRecord): MeasureScopeInput => {
      const scope: MeasureScopeInput =
        item.scope === 'HOSPITAL'
          ? {}
          : item.scope === 'DEPARTMENT'
            ? { departmentCode: entry.department_code, staffIds: teamOf(entry.department_code) }
            : { staffId: entry.staff_id };
      if (item.variant === 'ONSITE') scope.variant = 'ONSITE';
      return scope;
    };
    const scopeKey = (scope: MeasureScopeInput) => `${scope.departmentCode ?? ''}|${scope.staffId ?? ''}|${scope.variant ?? ''}`;
    const measured = items.filter((item) => item.kind === 'MEASURED');
    // scope key → the scope and the codes measured in it
    const wanted = new Map<string, { scope: MeasureScopeInput; codes: Set<string> }>();
    for (const entry of entries)
      for (const item of measured) {
        const scope = scopeOf(item, entry);
        const key = scopeKey(scope);
        if (!wanted.has(key)) wanted.set(key, { scope, codes: new Set() });
        wanted.get(key)!.codes.add(item.kpiCode!);
      }
    const range = { from: period.from, to: period.to };
    const wantedList = [...wanted.values()];
    const perScope: Map<string, MeasuredValue>[] = !wantedList.length
      ? []
      : this.deps.measureScopes
        ? await this.deps.measureScopes(
            [...new Set(measured.map((item) => item.kpiCode!))],
            range,
            wantedList.map((w) => w.scope),
          )
        : await Promise.all(
            wantedList.map(
              async (w) =>
                new Map(
                  await Promise.all([...w.codes].map(async (code) => [code, await this.deps.measure(code, range, w.scope)] as const)),
                ),
            ),
          );
    const values = new Map([...wanted.keys()].map((key, i) => [key, perScope[i]!]));
    const figure = (item: TemplateItem, entry: EntryRecord): number | null => {
      const v = values.get(scopeKey(scopeOf(item, entry)))?.get(item.kpiCode!);
      if (!v) return null;
      return item.figure === 'SHARE' ? (v.share ?? null) : v.value;
    };

    const rows = await Promise.all(
      entries.map(async (entry) => {
        const scored: ScoredItem[] = await Promise.all(
          items.map(async (item, i) => {
            const kpi = this.kpi(item.kpiCode);
            if (item.kind === 'JUDGED') return scoreItem(item, weights[i]!, kpi, null, judgedOf.get(`${entry.staff_id}/${item.code}`));
            return scoreItem(item, weights[i]!, kpi, figure(item, entry), undefined);
          }),
        );
        return {
          staffId: entry.staff_id,
          staffName: entry.staff_name,
          positionCode: entry.position_code,
          departmentCode: entry.department_code,
          assignedMonth: entry.month,
          items: scored,
          total: totalOf(scored),
          judgedComplete: scored.every((item) => item.status !== 'NOT_ENTERED'),
        };
      }),
    );
    const ranked = rankByTotal(
      rows.sort(
        (a, b) => (a.staffName ?? a.staffId).localeCompare(b.staffName ?? b.staffId, 'zh-CN') || a.staffId.localeCompare(b.staffId),
      ),
    );
    return { month: period.month, template, departmentCode, rows: ranked as unknown as ScorecardRow[] };
  }

  /**
   * Upserts a staff member's entry for the month (position, department, name) and the judged
   * scores given; audited. A department admin enters for their own department only, and may not
   * take over an entry another department made for that month.
   */
  async setJudged(input: SetJudgedScoreInput): Promise<ScorecardEntry> {
    const operation = 'mutation setJudgedScore';
    this.scopeDepartment(input.departmentCode, operation, 'ScorecardEntry');
    const template = await this.template((input.positionCode ?? '').trim());
    const valid = validateJudged({ ...input, positionCode: template.positionCode }, { items: template.items as unknown as TemplateItem[] });
    const caller = this.ctx.caller;
    const actor = caller.id ?? null;
    return this.em.transactional(async (em) => {
      const [existing] = await em.execute<{ department_code: string }[]>(
        `select department_code from ${T('scorecard_entry')} where month = ? and staff_id = ? for update`,
        [valid.month, valid.staffId],
      );
      if (existing && existing.department_code !== valid.departmentCode && caller.kind !== 'system' && caller.role !== Role.OPS_DIRECTOR) {
        this.ctx.audit.denied(
          operation,
          'ScorecardEntry',
          `entry of ${valid.staffId} for ${valid.month} belongs to ${existing.department_code}`,
          [`${valid.month}/${valid.staffId}`],
        );
        throw ScorecardErrors.otherDepartment(caller.department, existing.department_code);
      }
      await em.execute(
        `insert into ${T('scorecard_entry')} (month, staff_id, staff_name, position_code, department_code, updated_at, updated_by) values (?, ?, ?, ?, ?, now(), ?)
         on conflict (month, staff_id) do update set staff_name = coalesce(excluded.staff_name, scorecard_entry.staff_name), position_code = excluded.position_code,
           department_code = excluded.department_code, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [valid.month, valid.staffId, valid.staffName, valid.positionCode, valid.departmentCode, actor],
      );
      // every score in one statement, however many judged items the template has
      if (valid.scores.length)
        await em.execute(
          `insert into ${T('scorecard_judged')} (month, staff_id, item_code, score, updated_at, updated_by)
           select ?::text, ?::uuid, s.item_code, s.score, now(), ?::uuid from unnest(?::text[], ?::int[]) as s(item_code, score)
           on conflict (month, staff_id, item_code) do update set score = excluded.score, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [
            valid.month,
            valid.staffId,
            actor,
            `{${valid.scores.map((score) => `"${score.itemCode.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`,
            `{${valid.scores.map((score) => score.score).join(',')}}`,
          ],
        );
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'ScorecardEntry',
        targetIds: [`${valid.month}/${valid.staffId}`],
        fields: [
          'positionCode',
          'departmentCode',
          ...(valid.staffName ? ['staffName'] : []),
          ...valid.scores.map((s) => `judged.${s.itemCode}`),
        ],
      });
      const judged = await em.execute<{ item_code: string; score: number; updated_at: Date; updated_by: string | null }[]>(
        `select item_code, score, updated_at, updated_by::text from ${T('scorecard_judged')} where month = ? and staff_id = ? order by item_code`,
        [valid.month, valid.staffId],
      );
      const [entry] = await em.execute<{ staff_name: string | null }[]>(
        `select staff_name from ${T('scorecard_entry')} where month = ? and staff_id = ?`,
        [valid.month, valid.staffId],
      );
      return {
        month: valid.month,
        staffId: valid.staffId,
        staffName: entry?.staff_name ?? null,
        positionCode: valid.positionCode,
        departmentCode: valid.departmentCode,
        judged: judged.map((j) => ({
          itemCode: j.item_code,
          score: Number(j.score),
          updatedAt: new Date(j.updated_at),
          updatedBy: j.updated_by,
        })),
      };
    });
  }
}
