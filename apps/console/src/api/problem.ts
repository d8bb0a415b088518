/** One bad field of a refused request, as the API's problem+json names it. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem the API answered with (or a network failure, status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(detail || title);
    this.name = 'ApiProblem';
  }

  /** The message for one field of a form, when the API named it. */
  fieldMessage(field: string): string | undefined {
    const own = this.errors.filter(
      (error) => error.field === field || error.field.startsWith(`${field}.`),
    );
    return own.length > 0 ? own.map((error) => error.message).join('; ') : undefined;
  }
}

/** Whatever a failed request threw, as one sentence for a person. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail || error.title;
  return error instanceof Error ? error.message : String(error);
}
