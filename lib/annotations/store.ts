/**
 * The annotation store: IndexedDB owned by the background worker, through `idb`. Every write is one transaction, so
 * a worker stopped mid-write leaves it whole or absent; every write is validated against the model first; every
 * update and delete keeps the previous version in an undo log.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { isNewer, newestById } from '../import/newer';
import { annotationSchema, entitiesOf, tagsOf, type Annotation } from './model';

export const DATABASE_NAME = 'newslens';
const VERSION = 1;
/** Undo entries kept; older ones are dropped as new ones come. */
const UNDO_DEPTH = 200;

/** What the store indexes beside the annotation itself. */
interface StoredAnnotation {
  annotation: Annotation;
  id: string;
  page: string;
  kind: string;
  tags: string[];
  entities: string[];
  modified: string;
}

interface UndoEntry {
  seq?: number;
  /** The annotation as it was before the change; null when the change created it. */
  before: Annotation | null;
  id: string;
}

interface NewsLensDb extends DBSchema {
  annotations: {
    key: string;
    value: StoredAnnotation;
    indexes: { page: string; kind: string; tag: string; entity: string; modified: string };
  };
  undo: { key: number; value: UndoEntry };
}

type StoreNames = ('annotations' | 'undo')[];
type WriteTransaction = IDBPTransaction<NewsLensDb, StoreNames, 'readwrite'>;

/** What `merge` did: how many annotations it added, replaced with a newer copy, and left as they were. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export class StoreError extends Error {
  constructor(
    readonly reason: 'invalid' | 'quota' | 'missing' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

function stored(annotation: Annotation): StoredAnnotation {
  return {
    annotation,
    id: annotation.id,
    page: annotation.target.source,
    kind: annotation['newslens:kind'],
    tags: tagsOf(annotation),
    entities: entitiesOf(annotation),
    modified: annotation.modified,
  };
}

function validated(candidate: unknown): Annotation {
  const parsed = v.safeParse(annotationSchema, candidate);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new StoreError('invalid', `${where ? `${where}: ` : ''}${issue.message}`);
  }
  return parsed.output;
}

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StoreError('quota', 'The browser has no more room for annotations: free some space or export and erase old ones. Nothing already saved was lost.');
  }
  return new StoreError('failed', error instanceof Error ? error.message : String(error));
}

export class AnnotationStore {
  private constructor(private readonly db: IDBPDatabase<NewsLensDb>) {}

  static async open(name: string = DATABASE_NAME): Promise<AnnotationStore> {
    const db = await openDB<NewsLensDb>(name, VERSION, {
      // Versioned migrations: each step upgrades from the version before it.
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const annotations = database.createObjectStore('annotations', { keyPath: 'id' });
          annotations.createIndex('page', 'page');
          annotations.createIndex('kind', 'kind');
          annotations.createIndex('tag', 'tags', { multiEntry: true });
          annotations.createIndex('entity', 'entities', { multiEntry: true });
          annotations.createIndex('modified', 'modified');
          database.createObjectStore('undo', { keyPath: 'seq', autoIncrement: true });
        }
      },
    });
    return new AnnotationStore(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Runs `work` in one read-write transaction and aborts it on any error, so a write that fails halfway (a worker
   * stopped, a full disk) leaves nothing of itself behind.
   */
  private async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    // Relaxed durability: the commit still lands whole or not at all; only the wait for the disk flush is skipped.
    const tx = this.db.transaction(['annotations', 'undo'], 'readwrite', { durability: 'relaxed' });
    // An aborted transaction rejects `done` too: that rejection is expected and reported below, not left unhandled.
    tx.done.catch(() => undefined);
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser: nothing more to roll back.
      }
      throw asStoreError(error);
    }
  }

  /** Saves a new annotation, or replaces one with the same id; returns what was stored. */
  async save(candidate: unknown): Promise<Annotation> {
    const annotation = validated(candidate);
    return this.write(async (tx) => {
      const previous = await tx.objectStore('annotations').get(annotation.id);
      await tx.objectStore('annotations').put(stored(annotation));
      await this.remember(tx.objectStore('undo'), { before: previous?.annotation ?? null, id: annotation.id });
      return annotation;
    });
  }

  /** Saves many annotations in one transaction (imports): all of them or, if one is invalid, none. */
  async saveMany(candidates: readonly unknown[]): Promise<number> {
    const annotations = candidates.map(validated);
    return this.write(async (tx) => {
      const store = tx.objectStore('annotations');
      await Promise.all(annotations.map((annotation) => store.put(stored(annotation))));
      return annotations.length;
    });
  }

  /**
   * Imports annotations into what is stored, in one transaction: an id not stored yet is added; a stored one is
   * replaced only by a copy modified later (the same rule as the import preview, lib/import/newer.ts); the same
   * annotation twice in `candidates` counts once, the newest. Every candidate is validated first and one invalid
   * candidate refuses them all ("Item 3: target.source: …", counted from 1), so nothing is half imported.
   *
   * Imports are not undone one annotation at a time (the undo log would fill with them and push out the reader's
   * own edits). Instead, the undo entries of the annotations the import wrote are dropped: undoing an earlier edit
   * must not put back a version older than the one just imported.
   */
  async merge(candidates: readonly unknown[]): Promise<MergeCounts> {
    const annotations = newestById(
      candidates.map((candidate, index) => {
        try {
          return validated(candidate);
        } catch (error) {
          throw error instanceof StoreError ? new StoreError('invalid', `Item ${index + 1}: ${error.message}`) : error;
        }
      }),
    );
    return this.write(async (tx) => {
      const store = tx.objectStore('annotations');
      const previous = await Promise.all(annotations.map((annotation) => store.get(annotation.id)));
      const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
      const written = new Set<string>();
      const puts: Promise<string>[] = [];
      annotations.forEach((annotation, index) => {
        const existing = previous[index];
        if (existing && !isNewer(annotation.modified, existing.modified)) {
          counts.unchanged++;
          return;
        }
        if (existing) counts.updated++;
        else counts.added++;
        written.add(annotation.id);
        puts.push(store.put(stored(annotation)));
      });
      await Promise.all(puts);
      if (written.size > 0) {
        for (let cursor = await tx.objectStore('undo').openCursor(); cursor; cursor = await cursor.continue()) {
          if (written.has(cursor.value.id)) await cursor.delete();
        }
      }
      return counts;
    });
  }

  /** Deletes every annotation and the undo log with it, in one transaction (after a backup, to start afresh, or
   *  before restoring one); returns how many annotations there were. Cannot be undone. */
  async eraseAll(): Promise<number> {
    return this.write(async (tx) => {
      const count = await tx.objectStore('annotations').count();
      await Promise.all([tx.objectStore('annotations').clear(), tx.objectStore('undo').clear()]);
      return count;
    });
  }

  async delete(id: string): Promise<void> {
    await this.write(async (tx) => {
      const previous = await tx.objectStore('annotations').get(id);
      if (!previous) throw new StoreError('missing', `No annotation ${id}`);
      await tx.objectStore('annotations').delete(id);
      await this.remember(tx.objectStore('undo'), { before: previous.annotation, id });
    });
  }

  /** Deletes several annotations in one transaction, each with its own undo entry; returns how many were there. */
  async deleteMany(ids: readonly string[]): Promise<number> {
    return this.write(async (tx) => {
      let deleted = 0;
      for (const id of ids) {
        const previous = await tx.objectStore('annotations').get(id);
        if (!previous) continue;
        await tx.objectStore('annotations').delete(id);
        await this.remember(tx.objectStore('undo'), { before: previous.annotation, id });
        deleted++;
      }
      return deleted;
    });
  }

  /** Reverts the last change (create, edit or delete); returns the id it touched, or null with nothing to undo. */
  async undo(): Promise<string | null> {
    return this.write(async (tx) => {
      const cursor = await tx.objectStore('undo').openCursor(null, 'prev');
      if (!cursor) return null;
      const { before, id } = cursor.value;
      if (before) await tx.objectStore('annotations').put(stored(before));
      else await tx.objectStore('annotations').delete(id);
      await cursor.delete();
      return id;
    });
  }

  async get(id: string): Promise<Annotation | undefined> {
    return (await this.db.get('annotations', id))?.annotation;
  }

  async forPage(page: string): Promise<Annotation[]> {
    return (await this.db.getAllFromIndex('annotations', 'page', page)).map((entry) => entry.annotation);
  }

  async withTag(tag: string): Promise<Annotation[]> {
    return (await this.db.getAllFromIndex('annotations', 'tag', tag)).map((entry) => entry.annotation);
  }

  async ofKind(kind: string): Promise<Annotation[]> {
    return (await this.db.getAllFromIndex('annotations', 'kind', kind)).map((entry) => entry.annotation);
  }

  async forEntity(id: string): Promise<Annotation[]> {
    return (await this.db.getAllFromIndex('annotations', 'entity', id)).map((entry) => entry.annotation);
  }

  async all(): Promise<Annotation[]> {
    return (await this.db.getAllFromIndex('annotations', 'modified')).map((entry) => entry.annotation);
  }

  async count(): Promise<number> {
    return this.db.count('annotations');
  }

  private async remember(undo: IDBPObjectStore<NewsLensDb, StoreNames, 'undo', 'readwrite'>, entry: UndoEntry): Promise<void> {
    const seq = await undo.add(entry);
    // Keys only grow, so everything more than UNDO_DEPTH entries back goes in one ranged delete: no count, no cursor.
    if (seq > UNDO_DEPTH) await undo.delete(IDBKeyRange.upperBound(seq - UNDO_DEPTH));
  }
}
