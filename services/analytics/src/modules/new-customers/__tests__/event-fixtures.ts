import { Events, newId, type CustomerRegisteredData, type DomainEvent, type MemberEnrolledData } from '@careline/service-kit';

/** A CustomerRegistered event as crm publishes it. */
export function registered(
  customerId: string,
  channel: CustomerRegisteredData['channel'],
  registeredAt: string,
  region: string | null = null,
): DomainEvent<CustomerRegisteredData> {
  return {
    id: newId(),
    type: Events.CustomerRegistered,
    source: 'crm',
    occurredAt: registeredAt,
    data: { customerId, channel, region, registeredAt, keyAccountId: null },
  };
}

/** A MemberEnrolled event as members publishes it. */
export function enrolled(membershipId: string, customerId: string, joinedAt: string, tier = 'SILVER'): DomainEvent<MemberEnrolledData> {
  return {
    id: newId(),
    type: Events.MemberEnrolled,
    source: 'members',
    occurredAt: joinedAt,
    data: { membershipId, customerId, cardNumber: `C${membershipId.slice(-8)}`, tier, joinedAt },
  };
}
