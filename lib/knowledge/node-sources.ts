/** Reads the knowledge base's source files from disk (Node only: build hook, CLI, tests, benchmarks). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compileKnowledgeBase, type SourceFile } from './compile';
import type { CompiledKb } from './schema';

export const SOURCES_DIR = fileURLToPath(new URL('./sources/', import.meta.url));

export function readSourceFiles(dir: string = SOURCES_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }));
}

export function compileFromDisk(dir?: string): CompiledKb {
  return compileKnowledgeBase(readSourceFiles(dir));
}
