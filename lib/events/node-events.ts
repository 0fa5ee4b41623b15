/** Reads the bundled event dataset from disk (Node only: CLI, tests, benchmarks). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileEventDataset, type CompiledEvent } from './compile';

export const EVENTS_PATH = fileURLToPath(new URL('../../public/data/events.json', import.meta.url));

export function readEventsFile(path: string = EVENTS_PATH): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The dataset, validated against the knowledge base's ids and compiled; throws on any problem. */
export function loadEventsFromDisk(knownIds: ReadonlySet<string>, path?: string): CompiledEvent[] {
  return compileEventDataset(readEventsFile(path), knownIds);
}
