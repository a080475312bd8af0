import { BigIntType } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

export enum GiftKind {
  GOODS = 'GOODS',
  SERVICE = 'SERVICE',
}
registerEnumType(GiftKind, {
  name: 'GiftKind',
  valuesConfig: { GOODS: { description: '外购礼品: purchased goods' }, SERVICE: { description: '院内服务项目: an in-house service item' } },
});

/** 礼品: what members redeem points for; the stock never goes below zero. */
@Entity({ tableName: 'gift' })
@Index({ name: 'gift_kind_idx', properties: ['kind', 'id'] })
@Check({ name: 'gift_points_price_check', expression: 'points_price > 0' })
@Check({ name: 'gift_stock_check', expression: 'stock >= 0' })
@Check({ name: 'gift_unit_cost_fen_check', expression: 'unit_cost_fen is null or unit_cost_fen >= 0' })
@ObjectType({ description: '礼品: a catalogue item members redeem points for' })
export class Gift {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name: string;

  @Enum({ items: () => GiftKind })
  @Field(() => GiftKind)
  kind: GiftKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'points for one' })
  pointsPrice: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'how many can still be handed over' })
  stock: number;

  /** set by finance (成本核算); exposed (gifts.resolver.ts) to finance and the director only */
  @Property({ type: new BigIntType('number'), nullable: true })
  unitCostFen: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class GiftConnection extends Connection(Gift) {}
