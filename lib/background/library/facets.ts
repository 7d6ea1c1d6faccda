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

/** Writes `changes` into the facets table, reading and writing only the rows they touch. */
async function apply(facets: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, Change>): Promise<void> {
  const ids = [...changes.keys()];
  if (!ids.length) return;
  const current = (await facets.getMany({ trans, keys: ids })) as (FacetRow | undefined)[];
  const puts: FacetRow[] = [];
  const deletes: string[] = [];
  ids.forEach((id, position) => {
    const change = changes.get(id)!;
    const row = current[position];
    const count = (row?.count ?? 0) + change.delta;
    const name = change.facet === 'speaker' ? chooseName(row?.name, change.name) : undefined;
    if (count <= 0) {
      if (row) deletes.push(id);
      return;
    }
    if (row && row.count === count && row.name === name) return;
    puts.push({ id, facet: change.facet, value: change.value, count, ...(name !== undefined ? { name } : {}) });
  });
  if (puts.length) await facets.mutate({ type: 'put', trans, values: puts });
  if (deletes.length) await facets.mutate({ type: 'delete', trans, keys: deletes });
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
async function clearOwned(facets: DBCoreTable, trans: DBCoreTransaction, table: CountedTable): Promise<void> {
  const all = await facets.query({ trans, values: true, query: { index: facets.schema.primaryKey, range: ANY } });
  const owned = (all.result as FacetRow[])
    .filter((row) => (row.facet === 'table' ? row.value === table : OWNED[table].includes(row.facet)))
    .map((row) => row.id);
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
 * updates of one transaction are applied one after another (each reads what the last wrote).
 */
export const facetsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'marginalia-facets',
  create(down) {
    if (!down.schema.tables.some((table) => table.name === FACETS_TABLE)) return down;
    const queues = new WeakMap<DBCoreTransaction, Promise<void>>();
    const facets = down.table(FACETS_TABLE);
    const enqueue = (trans: DBCoreTransaction, work: () => Promise<void>): Promise<void> => {
      const queued = (queues.get(trans) ?? Promise.resolve()).then(work);
      queues.set(
        trans,
        queued.catch(() => undefined),
      );
      return queued;
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some(isCounted) && !stores.includes(FACETS_TABLE)
            ? [...stores, FACETS_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isCounted(name)) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (req.type === 'deleteRange' && (req.range.type as number) === ANY_RANGE) {
              // A cleared table: its facets go with it, without reading every row first.
              const response = await table.mutate(req);
              await enqueue(req.trans, () => clearOwned(facets, req.trans, name));
              return response;
            }
            const before = await rowsBefore(table, req);
            const response = await table.mutate(req);
            const changes = new Map<string, Change>();
            for (const row of before) tally(changes, name, row, -1);
            if (req.type === 'add' || req.type === 'put')
              req.values.forEach((value, position) => {
                if (!response.failures[position]) tally(changes, name, value, 1);
              });
            await enqueue(req.trans, () => apply(facets, req.trans, changes));
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
