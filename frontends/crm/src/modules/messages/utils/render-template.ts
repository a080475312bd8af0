const variablePattern = /\{\{\s*(\w+)\s*\}\}/g;

/** crm's rendering: `{{key}}` replaced by its value, unknown variables left empty. */
export function renderTemplate(text: string, variables: Record<string, string>): string {
  return text.replace(variablePattern, (_, key: string) => variables[key] ?? '');
}

/** The variables a template uses, in order of first use (`name` is the customer's, filled by crm). */
export function templateVariables(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(variablePattern)) found.add(match[1]!);
  return [...found];
}
