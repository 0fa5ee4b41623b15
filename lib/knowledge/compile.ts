/**
 * Compiles the readable source files into the compact knowledge base the extension ships: one validated list of
 * entities with their surface forms deduplicated by match key. Runs at build time (WXT hook) and in Node (CLI, tests).
 */
import * as v from 'valibot';
import { formKey } from './form-key';
import { buildMatchIndex, encodeIndex } from './match-index';
import { sourceEntrySchema, type CompiledEntity, type CompiledKb } from './schema';

export interface SourceFile {
  name: string;
  content: unknown;
}

export class KnowledgeSourceError extends Error {}

export function compileKnowledgeBase(files: readonly SourceFile[]): CompiledKb {
  const entities: CompiledEntity[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const parsed = v.safeParse(v.array(sourceEntrySchema), file.content);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      throw new KnowledgeSourceError(`${file.name}: ${where ? `at ${where}: ` : ''}${issue.message}`);
    }
    for (const entry of parsed.output) {
      if (seenIds.has(entry.id)) throw new KnowledgeSourceError(`${file.name}: duplicate id ${entry.id}`);
      seenIds.add(entry.id);
      // The schema guarantees a first name in each language.
      const displayVi = (entry.names.vi[0] ?? '').normalize('NFC');
      const displayEn = (entry.names.en[0] ?? '').normalize('NFC');
      const forms: string[] = [];
      const seen = new Set<string>();
      for (const form of [
        displayVi,
        displayEn,
        ...entry.names.vi,
        ...entry.names.en,
        ...(entry.aliases?.vi ?? []),
        ...(entry.aliases?.en ?? []),
      ]) {
        const normalised = form.normalize('NFC');
        // Forms that differ only in case, tone placement or dashes match the same text: keep the first.
        const key = formKey(normalised);
        const identity = key ? key[1].join(' ') : normalised;
        if (seen.has(identity)) continue;
        seen.add(identity);
        forms.push(normalised);
      }
      entities.push({
        id: entry.id,
        type: entry.type,
        name: { vi: displayVi, en: displayEn },
        description: { vi: entry.description.vi, en: entry.description.en },
        forms,
        ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
        ...(entry.tags?.length ? { tags: entry.tags } : {}),
      });
    }
  }
  return { version: 1, entities, index: encodeIndex(buildMatchIndex(entities)) };
}
