/** Loads the compiled knowledge base the build ships as `kb.json` (extension contexts only). */
import type { CompiledKb } from './schema';
import { KnowledgeBase } from './knowledge-base';

/**
 * The file is produced and validated by our own build, so it is parsed without a second schema pass: validating
 * thousands of forms again at every worker start would cost more than the whole load target.
 */
export async function loadCompiledKnowledgeBase(url: string): Promise<KnowledgeBase> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`knowledge base missing: ${response.status}`);
  return new KnowledgeBase((await response.json()) as CompiledKb);
}
