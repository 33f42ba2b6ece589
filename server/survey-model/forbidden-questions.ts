// File uploads and signatures identify people, so a questionnaire that asks for them may be
// loaded and inspected but never opened to parents.
const FORBIDDEN_TYPES = new Set(['file', 'signaturepad']);

/** Names of questions (at any depth, including matrix cells) whose type is refused. */
export function findForbiddenQuestions(definition: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const type = typeof record.type === 'string' ? record.type.toLowerCase() : undefined;
    const cellType =
      typeof record.cellType === 'string' ? record.cellType.toLowerCase() : undefined;
    if ((type && FORBIDDEN_TYPES.has(type)) || (cellType && FORBIDDEN_TYPES.has(cellType))) {
      found.push(typeof record.name === 'string' ? record.name : '(unnamed)');
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(definition);
  return found;
}

export function forbiddenReason(names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  return (
    'This questionnaire cannot be answered here because it asks for a file upload or a ' +
    `signature (${names.join(', ')}), which could identify you. Please contact the team who sent it.`
  );
}
