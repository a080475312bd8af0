/**
 * A phone as typed, tidied for crm (which normalises it for good: "+86 138-0013-8000" and
 * "13800138000" are one person): spaces, dashes, dots and brackets go, a leading 00 becomes +.
 */
export function tidyPhone(input: string): string {
  return input
    .trim()
    .replace(/[\s\-().]/g, '')
    .replace(/^00/, '+');
}
