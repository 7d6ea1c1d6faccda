/**
 * The one result shape: every message reply and every store operation answers with it, so a
 * caller checks `ok` and never has to guess which shape it got.
 */

export type FailureKind =
  /** The request or the data in it is not acceptable (bad shape, empty selection, unsupported page). */
  | 'invalid'
  | 'not-found'
  /** Storage is full; nothing was changed. */
  | 'quota'
  | 'write-failed'
  /** Stored data could not be read. */
  | 'corrupt'
  | 'migration-failed'
  /** Stored data was written by a newer version of Marginalia; it is left as it is. */
  | 'newer-version'
  /** The library's database cannot be opened (no IndexedDB, the browser refused it); nothing was read or written. */
  | 'database-unavailable'
  /** Nobody answered (no content script in the tab, the worker restarted, the analyzer is gone). */
  | 'unavailable'
  | 'no-selection'
  /** The handler threw: a bug or an unexpected browser error. */
  | 'failed';

/**
 * Why an import file was refused, each told apart for the reader: a file not read at all (too
 * large, not JSON) is not one that was read and whose contents were not accepted.
 */
export type ImportRefusal =
  | 'too-large'
  | 'not-json'
  /** Well-formed JSON, but not a library or highlights export. */
  | 'not-an-export'
  /** An export, but one of its entries is not valid (all or nothing: none was taken). */
  | 'bad-entry'
  /** Exported by a newer version of Marginalia. */
  | 'newer-export';

export interface Failure {
  kind: FailureKind;
  /** For the reader: already in their language where the sender could know it. */
  message: string;
  /** The page concerned, when there is one. */
  pageKey?: string;
  /** On an 'invalid' failure of an import: why the file was refused. */
  refusal?: ImportRefusal;
}

export type Result<T, E = Failure> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = (kind: FailureKind, message: string, pageKey?: string): Result<never> => ({
  ok: false,
  error: pageKey === undefined ? { kind, message } : { kind, message, pageKey },
});

/** An import refused for `refusal`; `message` is the parser's English, for a bug report. */
export const refuseImport = (refusal: ImportRefusal, message: string): Result<never> => ({
  ok: false,
  error: { kind: 'invalid', message, refusal },
});

/** The text of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
