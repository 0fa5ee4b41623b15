/** The loaded knowledge base: entities by id, and the gazetteer built over their surface forms. */
import { Gazetteer } from '../ner/gazetteer';
import { MatchIndex, decodeIndex } from './match-index';
import type { CompiledEntity, CompiledKb } from './schema';

export class KnowledgeBase {
  readonly gazetteer: Gazetteer;
  private readonly byId: Map<string, CompiledEntity>;

  constructor(readonly compiled: CompiledKb) {
    this.byId = new Map(compiled.entities.map((entity) => [entity.id, entity]));
    this.gazetteer = new Gazetteer(new MatchIndex(decodeIndex(compiled.index)), compiled.entities);
  }

  get(id: string): CompiledEntity | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
