/**
 * What the library's overview shows without walking the library: how many pages, claims, terms
 * and highlights it holds, and the values its filters offer (speakers with a readable name,
 * sites, languages, terms), each with how many records carry it.
 *
 * They are kept in the `facets` table by a Dexie middleware, in the same transaction as every
 * write to the tables they count (whoever writes: the library, the highlights store, an
 * import), so they can never disagree with the rows after a crash or a full disk. Each write
 * touches only the facet rows whose count or name changed.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { tokenize } from '../../shared/library/tokenize';
import { hasTable, perTransaction, transactionAlsoOver } from './middleware';
import type { KeptClaim, KeptPage, KeptTerm } from '../../shared/library/types';

export type FacetKind = 'table' | 'speaker' | 'site' | 'lang' | 'term';

export interface FacetRow {
  /** `${facet}|${value}`. */
  id: string;
  facet: FacetKind;
  value: string;
  count: number;
  /** Speakers: the latest full name kept under the key ("Sam Altman" for `altman`). */
  name?: string;
}

export const FACETS_TABLE = 'facets';
export const COUNTED_TABLES = ['pages', 'claims', 'terms', 'highlights'] as const;
type CountedTable = (typeof COUNTED_TABLES)[number];

const isCounted = (name: string): name is CountedTable => (COUNTED_TABLES as readonly string[]).includes(name);

/** What one row of a counted table adds to the facets. */
interface Contribution {
  facet: FacetKind;
  value: string;
  name?: string;
}

function contributions(table: CountedTable, row: unknown): Contribution[] {
  if (!row || typeof row !== 'object') return [];
  const own: Contribution[] = [{ facet: 'table', value: table }];
  switch (table) {
    case 'pages': {
      const page = row as Partial<KeptPage>;
      if (page.site) own.push({ facet: 'site', value: page.site });
      if (page.lang) own.push({ facet: 'lang', value: page.lang });
      break;
    }
    case 'claims': {
      const claim = row as Partial<KeptClaim>;
      if (claim.speakerKey) own.push({ facet: 'speaker', value: claim.speakerKey, name: claim.speaker ?? undefined });
      break;
    }
    case 'terms': {
      const term = row as Partial<KeptTerm>;
      if (term.termId) own.push({ facet: 'term', value: term.termId });
      break;
    }
    case 'highlights':
      break;
  }
  return own;
}

/**
 * The facet rows keeping a page may touch. Reading them in the transaction's first round of reads
 * lets the middleware write the facets without a read of its own (it remembers what it saw).
 */
export function facetIdsOf(
  site: string,
  lang: string,
  claims: readonly Pick<KeptClaim, 'speakerKey'>[],
  terms: readonly Pick<KeptTerm, 'termId'>[],
): string[] {
  const ids = new Set(COUNTED_TABLES.map((table) => `table|${table}`));
  if (site) ids.add(`site|${site}`);
  if (lang) ids.add(`lang|${lang}`);
  for (const claim of claims) if (claim.speakerKey) ids.add(`speaker|${claim.speakerKey}`);
  for (const term of terms) ids.add(`term|${term.termId}`);
  return [...ids];
}

/** A name that says more than a family name alone ("Sam Altman", "阿尔特曼", not "Altman"). */
function isFullName(name: string): boolean {
  return tokenize(name).length >= 2;
}

/** The name to show for a speaker key: the newest full name, else the newest name. */
export function chooseName(current: string | undefined, offered: string | undefined): string | undefined {
  if (!offered?.trim()) return current;
  if (!current || isFullName(offered) || !isFullName(current)) return offered.trim();
  return current;
}

interface Change {
  facet: FacetKind;
  value: string;
  delta: number;
  name?: string;
}

/** Adds one row's contributions to `changes` (with sign +1 or -1). */
function tally(changes: Map<string, Change>, table: CountedTable, row: unknown, sign: 1 | -1): void {
  for (const { facet, value, name } of contributions(table, row)) {
    const id = `${facet}|${value}`;
    const change = changes.get(id) ?? { facet, value, delta: 0 };
    change.delta += sign;
    if (sign > 0) change.name = chooseName(change.name, name);
    changes.set(id, change);
  }
}

/** What one transaction knows of the facets: rows read or written so far (null: none), changes not yet written. */
interface TransactionFacets {
  rows: Map<string, FacetRow | null>;
  pending: Map<string, Change> | null;
  writing: Promise<void> | null;
}

function merge(into: Map<string, Change>, changes: Map<string, Change>): void {
  for (const [id, change] of changes) {
    const current = into.get(id);
    if (!current) into.set(id, { ...change });
    else {
      current.delta += change.delta;
      current.name = chooseName(current.name, change.name);
    }
  }
}

/** Writes `changes` into the facets table, reading only rows this transaction has not seen, writing only rows that change. */
async function apply(
  facets: DBCoreTable,
  trans: DBCoreTransaction,
  known: Map<string, FacetRow | null>,
  changes: Map<string, Change>,
): Promise<void> {
  const unknown = [...changes.keys()].filter((id) => !known.has(id));
  if (unknown.length) {
    const read = (await facets.getMany({ trans, keys: unknown })) as (FacetRow | undefined)[];
    // Another write may have come to know a row meanwhile: what it knows is newer.
    unknown.forEach((id, position) => {
      if (!known.has(id)) known.set(id, read[position] ?? null);
    });
  }
  const puts: FacetRow[] = [];
  const deletes: string[] = [];
  for (const [id, change] of changes) {
    const row = known.get(id) ?? null;
    const count = (row?.count ?? 0) + change.delta;
    const name = change.facet === 'speaker' ? chooseName(row?.name, change.name) : undefined;
    if (count <= 0) {
      if (row) deletes.push(id);
      known.set(id, null);
      continue;
    }
    if (row && row.count === count && row.name === name) continue;
    const next: FacetRow = {
      id,
      facet: change.facet,
      value: change.value,
      count,
      ...(name !== undefined ? { name } : {}),
    };
    puts.push(next);
    known.set(id, next);
  }
  await Promise.all([
    puts.length ? facets.mutate({ type: 'put', trans, values: puts }) : null,
    deletes.length ? facets.mutate({ type: 'delete', trans, keys: deletes }) : null,
  ]);
}

/** Dexie's DBCoreRangeType.Any (a const enum, not importable here): the whole table. */
const ANY_RANGE = 3;

const OWNED: Record<CountedTable, FacetKind[]> = {
  pages: ['site', 'lang'],
  claims: ['speaker'],
  terms: ['term'],
  highlights: [],
};

/** Removes the facets a cleared table gave. */
async function clearOwned(
  facets: DBCoreTable,
  trans: DBCoreTransaction,
  known: Map<string, FacetRow | null>,
  table: CountedTable,
): Promise<void> {
  const all = await facets.query({ trans, values: true, query: { index: facets.schema.primaryKey, range: ANY } });
  const owned = (all.result as FacetRow[])
    .filter((row) => (row.facet === 'table' ? row.value === table : OWNED[table].includes(row.facet)))
    .map((row) => row.id);
  for (const id of owned) known.set(id, null);
  if (owned.length) await facets.mutate({ type: 'delete', trans, keys: owned });
}

const ANY = { type: ANY_RANGE, lower: undefined, upper: undefined } as DBCoreKeyRange;

/** The rows a mutation will replace or remove, read before it runs. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
      return [];
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      const keys = req.keys ?? (extract ? req.values.map((value) => extract(value) as unknown) : []);
      const rows: unknown[] = await table.getMany({ trans: req.trans, keys });
      return rows.filter((row) => row !== undefined);
    }
    case 'delete': {
      const rows: unknown[] = await table.getMany({ trans: req.trans, keys: req.keys });
      return rows.filter((row) => row !== undefined);
    }
    case 'deleteRange': {
      const found = await table.query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      });
      return found.result as unknown[];
    }
  }
}

/**
 * Dexie middleware: every read-write transaction over a counted table also takes the facets
 * table, and every mutation of a counted table updates the facets in that transaction. The
 * updates of one transaction are written one batch after another, each from what the last wrote.
 */
export const facetsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'marginalia-facets',
  create(down) {
    if (!hasTable(down, FACETS_TABLE)) return down;
    const facets = down.table(FACETS_TABLE);
    const stateOf = perTransaction<TransactionFacets>(() => ({ rows: new Map(), pending: null, writing: null }));
    /**
     * Queues `changes` and resolves once they are written. Changes that arrive while a write is
     * under way are merged and written together after it: one read and one write per round.
     */
    const write = (trans: DBCoreTransaction, changes: Map<string, Change>): Promise<void> => {
      const state = stateOf(trans);
      for (const [id, change] of changes) if (change.delta === 0 && change.name === undefined) changes.delete(id);
      if (!changes.size) return state.writing ?? Promise.resolve();
      // Every row known: written at once from what is known (IndexedDB keeps the order of writes),
      // without waiting for a write under way.
      if ([...changes.keys()].every((id) => state.rows.has(id))) return apply(facets, trans, state.rows, changes);
      merge((state.pending ??= new Map<string, Change>()), changes);
      state.writing ??= (async () => {
        try {
          while (state.pending) {
            const batch = state.pending;
            state.pending = null;
            await apply(facets, trans, state.rows, batch);
          }
        } finally {
          state.writing = null;
        }
      })();
      return state.writing;
    };
    return {
      ...down,
      transaction: transactionAlsoOver(down, FACETS_TABLE, isCounted),
      table(name) {
        const table = down.table(name);
        if (name === FACETS_TABLE)
          return {
            ...table,
            async getMany(req) {
              const rows = (await table.getMany(req)) as (FacetRow | undefined)[];
              // Remembered only where nothing newer is known: a read answers as of when it was asked.
              const state = stateOf(req.trans);
              req.keys.forEach((id, position) => {
                if (typeof id === 'string' && !state.rows.has(id)) state.rows.set(id, rows[position] ?? null);
              });
              return rows;
            },
          };
        if (!isCounted(name)) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (req.type === 'deleteRange' && (req.range.type as number) === ANY_RANGE) {
              // A cleared table: its facets go with it, without reading every row first.
              const response = await table.mutate(req);
              const state = stateOf(req.trans);
              await state.writing;
              await clearOwned(facets, req.trans, state.rows, name);
              return response;
            }
            // Asked before the mutation, in the same transaction: IndexedDB answers in order, so
            // these are the rows as they were, without waiting for them before writing.
            const [before, response] = await Promise.all([rowsBefore(table, req), table.mutate(req)]);
            const changes = new Map<string, Change>();
            for (const row of before) tally(changes, name, row, -1);
            if (req.type === 'add' || req.type === 'put')
              req.values.forEach((value, position) => {
                if (!response.failures[position]) tally(changes, name, value, 1);
              });
            await write(req.trans, changes);
            return response;
          },
        };
      },
    };
  },
};

/** Builds the facets from every row of the counted tables (the version 3 upgrade). */
export async function buildFacets(transaction: Transaction): Promise<void> {
  const changes = new Map<string, Change>();
  for (const name of COUNTED_TABLES) await transaction.table(name).each((row: unknown) => tally(changes, name, row, 1));
  const rows: FacetRow[] = [...changes].map(([id, change]) => ({
    id,
    facet: change.facet,
    value: change.value,
    count: change.delta,
    ...(change.name !== undefined ? { name: change.name } : {}),
  }));
  await transaction.table(FACETS_TABLE).clear();
  await transaction.table(FACETS_TABLE).bulkPut(rows);
}
