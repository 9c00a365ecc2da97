import type { z } from 'zod';
import { type FieldIssue, ValidationError } from '../schema/errors.ts';

/**
 * Checks input against a zod schema and throws one ValidationError naming every bad field, with
 * paths from the mutation argument down (["input", "items", "2", "valueVnd"]).
 */
export function validateInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  root: string[] = ['input'],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: [...root, ...issue.path.map(String)], message: issue.message })),
  );
}

/** Collects rule violations found by looking at the database, then throws them together. */
export class IssueCollector {
  readonly issues: FieldIssue[] = [];

  add(path: string[], message: string): void {
    this.issues.push({ path, message });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }
}
