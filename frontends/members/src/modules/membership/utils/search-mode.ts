/** 按卡号 (members' memberships) or 按姓名/手机号 (crm's customers, each with their membership). */
export type SearchMode = 'card' | 'person';

/** A card number looks like M00000042: a letter then digits; anything else is a name or a phone. */
export function guessSearchMode(text: string): SearchMode {
  return /^[a-z]\d+$/i.test(text.trim()) ? 'card' : 'person';
}
