import type { FormRule } from 'antd';
import { isUuid } from './is-uuid.js';

/** A form rule: the field, when filled in, is a UUID (an id pasted from another screen); `message` otherwise. */
export function uuidRule(message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      if (typeof value !== 'string' || !isUuid(value)) throw new Error(message);
    },
  };
}
