// A report parameter the caller can fix (the server answers 400 `invalid_parameter`), kept apart
// from programming errors so those still surface as 500s.
export class InvalidParameterError extends Error {
  readonly code = 'invalid_parameter';

  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidParameterError';
  }
}
