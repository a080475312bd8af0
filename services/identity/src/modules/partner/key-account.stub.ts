import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * KeyAccount as crm owns it: only the key. `PartnerOrganisation.keyAccount` answers this stub and the
 * gateway fetches the account's name from crm. Never import crm's class: services share contracts, not code.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class KeyAccount {
  @Field(() => ID)
  id: string;
}
