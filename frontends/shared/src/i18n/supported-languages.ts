/** The UI languages, default first: hospital staff read Chinese; English is the second language. */
export const supportedLanguages = ['zh-CN', 'en'] as const;

export type Language = (typeof supportedLanguages)[number];
