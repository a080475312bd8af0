import { isUuid } from './ids.js';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badInput } from './errors.js';

@ObjectType({ description: 'Where a page ends and whether another follows' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'pass as `after` to get the next page' })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'true when another page follows: ask again with `after: endCursor`' })
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'page size, 1 to 100' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection` for a node type: nodes, pageInfo and totalCount (no edges: no client needs per-edge data). */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [node], { description: 'this page’s records, in the list’s order' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'where this page ends and whether another follows' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'matches across all pages' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Validates page size here too: resolvers may be called without class-validator. */
export function pageSize(first: number | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) throw badInput('first must be between 1 and 100', 'first');
  return size;
}

/**
 * Keyset paging over UUIDv7 ids (time-ordered, so newest first is `id desc`). Fetches one extra
 * row to know whether another page follows.
 */
export function toPage<T extends { id: string }>(rows: T[], size: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, size);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.at(-1)?.id ?? null },
  };
}

export function parseCursor(after: string | null | undefined): string | undefined {
  if (after == null || after === '') return undefined;
  if (!isUuid(after)) throw badInput('after is not a cursor from this list', 'after');
  return after;
}
