import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Normalises a phone number to its national digits (mainland China by default: "138 0013 8000",
 * "+86-13800138000" and "008613800138000" are one person). Returns null when it is not a valid number.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(trimmed, 'CN');
  if (!parsed || !parsed.isValid()) return null;
  return parsed.countryCallingCode === '86' ? parsed.nationalNumber : parsed.number;
}

/** 138****1234: what a role without personal-data access sees. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
