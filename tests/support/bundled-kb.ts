/** The real knowledge base, compiled from its sources once per test file. */
import { compileFromDisk } from '@/lib/knowledge/node-sources';
import { KnowledgeBase } from '@/lib/knowledge/knowledge-base';

let loaded: KnowledgeBase | null = null;

export function bundledKnowledgeBase(): KnowledgeBase {
  loaded ??= new KnowledgeBase(compileFromDisk());
  return loaded;
}
