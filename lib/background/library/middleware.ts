/**
 * What the library's Dexie middlewares (facets.ts, postings.ts) share: each keeps a table in step
 * with writes to others, in the writes' own transaction, with some state per transaction.
 */
import type { DBCore, DBCoreTransaction } from 'dexie';

/** Whether the database has `table`: absent while an upgrade runs the versions before it existed. */
export function hasTable(down: DBCore, table: string): boolean {
  return down.schema.tables.some((schema) => schema.name === table);
}

/** State kept for each transaction, made on its first use and dropped with the transaction. */
export function perTransaction<T>(make: () => T): (trans: DBCoreTransaction) => T {
  const states = new WeakMap<DBCoreTransaction, T>();
  return (trans) => {
    let state = states.get(trans);
    if (!state) states.set(trans, (state = make()));
    return state;
  };
}

/** `down.transaction`, where a read-write transaction over a table that `feeds` also takes `kept`. */
export function transactionAlsoOver(
  down: DBCore,
  kept: string,
  feeds: (table: string) => boolean,
): DBCore['transaction'] {
  return (stores, mode, options) =>
    down.transaction(
      mode === 'readwrite' && stores.some(feeds) && !stores.includes(kept) ? [...stores, kept] : stores,
      mode,
      options,
    );
}
