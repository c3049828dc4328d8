/** A failure the user can fix (bad input, unknown county): printed in Chinese and English, exit code 1. */
export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    /** Extra lines printed after the message (e.g. every problem of an import). */
    readonly details: readonly string[] = [],
  ) {
    super(`${zh} / ${en}`);
  }
}
