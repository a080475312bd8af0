import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { TemplateItem } from './scorecard-scoring.js';

/**
 * 绩效考核 position template: the items a position is scored on and their weights, as data the
 * operations director edits (seeded by Migration20261204213000 with docs/domain.md §6's six templates).
 */
@Entity({ tableName: 'scorecard_template' })
export class ScorecardTemplateRow {
  /** identity's position code (PHONE_CONSULTANT, ONSITE_SUPERVISOR, …) */
  @PrimaryKey({ type: 'text' })
  positionCode: string;

  @Property({ type: 'text' })
  nameZh: string;

  @Property({ type: 'text' })
  nameEn: string;

  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;

  /** the items in the order they are shown; weights as given (they may not add up to 100) */
  @Property({ type: 'jsonb' })
  items: TemplateItem[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

/**
 * A staff member's scorecard for one month: who they are and which position and department they
 * are scored in. identity publishes no staff events (analytics.staff_dim stays empty), so the
 * manager's entry carries the staff member's id, name, position and department itself; a month
 * without an entry takes the staff member's latest earlier one (see ScorecardsService.entries).
 */
@Entity({ tableName: 'scorecard_entry' })
@Index({ name: 'scorecard_entry_position_idx', properties: ['positionCode', 'month'] })
export class ScorecardEntryRow {
  [PrimaryKeyProp]?: ['month', 'staffId'];

  /** YYYY-MM */
  @PrimaryKey({ type: 'text' })
  month: string;

  @PrimaryKey({ type: 'uuid' })
  staffId: string;

  @Property({ type: 'text', nullable: true })
  staffName: string | null = null;

  @Property({ type: 'text' })
  positionCode: string;

  @Property({ type: 'text' })
  departmentCode: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

/** A judged item's score (0–100) the manager entered for a staff member and month. */
@Entity({ tableName: 'scorecard_judged' })
export class ScorecardJudgedRow {
  [PrimaryKeyProp]?: ['month', 'staffId', 'itemCode'];

  @PrimaryKey({ type: 'text' })
  month: string;

  @PrimaryKey({ type: 'uuid' })
  staffId: string;

  @PrimaryKey({ type: 'text' })
  itemCode: string;

  @Property({ type: 'smallint' })
  score: number;

  @Property({ type: 'timestamptz' })
  updatedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

export const SCORECARD_ENTITIES = [ScorecardTemplateRow, ScorecardEntryRow, ScorecardJudgedRow];
