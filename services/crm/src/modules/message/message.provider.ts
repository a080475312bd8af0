import { newId } from '@careline/service-kit';

export interface OutgoingMessage {
  customerId: string;
  /** the customer's normalised phone (SMS) or WeChat id */
  to: string | null;
  channel: 'SMS' | 'WECHAT';
  title: string;
  body: string;
}

export interface ProviderResult {
  status: 'DELIVERED' | 'FAILED';
  providerMessageId?: string | null;
  error?: string | null;
}

/** The SMS / WeChat gateway adapter; a real one calls the carrier, the default records. */
export interface MessageProvider {
  readonly name: string;
  send(message: OutgoingMessage): Promise<ProviderResult>;
}

/** The default provider: records every message (in memory) and reports it delivered, sending nothing. */
export class RecordingProvider implements MessageProvider {
  readonly name = 'recording';
  readonly sent: OutgoingMessage[] = [];

  async send(message: OutgoingMessage): Promise<ProviderResult> {
    this.sent.push(message);
    return { status: 'DELIVERED', providerMessageId: newId() };
  }
}

let provider: MessageProvider = new RecordingProvider();

export const messageProvider = (): MessageProvider => provider;

/** Replaces the provider (a carrier adapter in production, a fake in tests). */
export function setMessageProvider(next: MessageProvider): void {
  provider = next;
}
