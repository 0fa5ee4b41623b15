/**
 * The knowledge base's match index: the trie of every form's word hashes, built at build time and shipped as one
 * Int32Array (base64 inside kb.json), so the worker's load is a decode, not thousands of Map insertions.
 *
 * Layout, in 32-bit integers:
 *   header   [MAGIC, nodeCount, slotCapacity, formCount, confirmCount, tailCount]
 *   slots    slotCapacity × [parent + 1 (0 = empty), word hash, child node]   open addressing, linear probing
 *   nodeForm (nodeCount + 1) offsets: the forms ending at node n are forms[nodeForm[n] … nodeForm[n + 1])
 *   forms    formCount × [entity index, form index in entity.forms, token count, capitalised mask, exact, confirm at]
 *   confirms confirmCount second hashes (see text/scan.ts)
 *   tails    tailCount word hashes: lower-case words inside organisation/event names ("Ngoại giao", "khí tượng")
 *   lowerOk  nodeCount flags: 1 when some form through this node may start with a lower-case word ("biển Đỏ")
 * Node 0 is the root.
 */
import { formKey } from './form-key';

const MAGIC = 0x4e4c4931; // "NLI1"
const HEADER = 6;
const FORM_WIDTH = 6;

/** Where a (parent, hash) edge starts probing; the slot count is a power of two. */
function slotOf(parent: number, hash: number, capacity: number): number {
  return (Math.imul(parent + 1, 0x9e3779b1) ^ hash) & (capacity - 1);
}

export function buildMatchIndex(entities: ReadonlyArray<{ type: string; forms: readonly string[] }>): Int32Array {
  const edges = new Map<string, number>();
  const formsByNode = new Map<number, number[][]>();
  const confirms: number[] = [];
  const tails = new Set<number>();
  let nodeCount = 1;
  const lowerStarts = new Set<number>();
  entities.forEach((entity, entityIndex) => {
    entity.forms.forEach((form, formIndex) => {
      const key = formKey(form);
      if (!key) return;
      const [hashes, confirmHashes, mask, exact] = key;
      let node = 0;
      for (const hash of hashes) {
        const edge = `${node}:${hash}`;
        let child = edges.get(edge);
        if (child === undefined) {
          child = nodeCount++;
          edges.set(edge, child);
        }
        node = child;
        if (!(mask & 1)) lowerStarts.add(node);
      }
      const list = formsByNode.get(node) ?? [];
      if (list.some((row) => row[0] === entityIndex)) return;
      list.push([entityIndex, formIndex, hashes.length, mask, exact, confirms.length]);
      formsByNode.set(node, list);
      confirms.push(...confirmHashes);
      if (entity.type !== 'PER' && entity.type !== 'LOC') {
        // Every lower-case word after the name's first capital ("Trung tâm Dự báo khí tượng thuỷ văn quốc gia").
        for (let i = 1; i < hashes.length; i++) if (!(mask & (1 << i)) && mask & ((1 << i) - 1)) tails.add(hashes[i] ?? 0);
      }
    });
  });

  let capacity = 16;
  // Load factor up to about 0.7: short probe chains, and half the bytes of a 0.5 table to ship and decode.
  while (capacity < edges.size * 1.4) capacity *= 2;
  const formCount = [...formsByNode.values()].reduce((sum, list) => sum + list.length, 0);
  const size = HEADER + capacity * 3 + nodeCount + 1 + formCount * FORM_WIDTH + confirms.length + tails.size + nodeCount;
  const index = new Int32Array(size);
  index.set([MAGIC, nodeCount, capacity, formCount, confirms.length, tails.size]);
  const slots = HEADER;
  for (const [edge, child] of edges) {
    const [parentText, hashText] = edge.split(':');
    const parent = Number(parentText);
    const hash = Number(hashText);
    let slot = slotOf(parent, hash, capacity);
    while (index[slots + slot * 3] !== 0) slot = (slot + 1) & (capacity - 1);
    index.set([parent + 1, hash, child], slots + slot * 3);
  }
  const nodeForm = slots + capacity * 3;
  const forms = nodeForm + nodeCount + 1;
  let written = 0;
  for (let node = 0; node < nodeCount; node++) {
    index[nodeForm + node] = written;
    for (const row of formsByNode.get(node) ?? []) index.set(row, forms + written++ * FORM_WIDTH);
  }
  index[nodeForm + nodeCount] = written;
  index.set(confirms, forms + formCount * FORM_WIDTH);
  const lowerOk = forms + formCount * FORM_WIDTH + confirms.length + tails.size;
  index.set([...tails], lowerOk - tails.size);
  for (const node of lowerStarts) index[lowerOk + node] = 1;
  return index;
}

export class MatchIndex {
  private readonly capacityMask: number;
  private readonly nodeForm: number;
  private readonly forms: number;
  private readonly confirms: number;
  private readonly lowerOk: number;
  readonly formCount: number;
  readonly tails: ReadonlySet<number>;

  constructor(private readonly data: Int32Array) {
    if (data[0] !== MAGIC) throw new Error('not a NewsLens match index');
    const nodeCount = data[1] ?? 0;
    const capacity = data[2] ?? 0;
    this.formCount = data[3] ?? 0;
    this.capacityMask = capacity - 1;
    this.nodeForm = HEADER + capacity * 3;
    this.forms = this.nodeForm + nodeCount + 1;
    this.confirms = this.forms + this.formCount * FORM_WIDTH;
    const tailStart = this.confirms + (data[4] ?? 0);
    this.tails = new Set(data.subarray(tailStart, tailStart + (data[5] ?? 0)));
    this.lowerOk = tailStart + (data[5] ?? 0);
  }

  /**
   * A 64 K-entry filter of the first words that may start a form in lower case ("biển Đỏ"): a lower-case word of
   * the text whose entry is 0 starts no form, without a probe of the table. Most words of a text are lower case.
   */
  lowerStartFilter(): Uint8Array {
    const filter = new Uint8Array(65536);
    const capacity = this.capacityMask + 1;
    for (let slot = 0; slot < capacity; slot++) {
      const at = HEADER + slot * 3;
      if (this.data[at] !== 1) continue;
      const child = this.data[at + 2] ?? 0;
      if (this.allowsLowerStart(child)) filter[(this.data[at + 1] ?? 0) & 0xffff] = 1;
    }
    return filter;
  }

  /**
   * May a lower-case word start a form through `node`? Almost no form starts lower case, so the matcher drops most
   * lower-case words of a Vietnamese text (whose syllables begin many place names) after one look-up.
   */
  allowsLowerStart(node: number): boolean {
    return this.data[this.lowerOk + node] === 1;
  }

  /** The child of `parent` along word `hash`, or -1. */
  child(parent: number, hash: number): number {
    const data = this.data;
    let slot = (Math.imul(parent + 1, 0x9e3779b1) ^ hash) & this.capacityMask;
    for (;;) {
      const at = HEADER + slot * 3;
      const storedParent = data[at];
      if (storedParent === 0) return -1;
      if (storedParent === parent + 1 && data[at + 1] === hash) return data[at + 2] ?? -1;
      slot = (slot + 1) & this.capacityMask;
    }
  }

  /** The forms ending at `node` are [formsStart(node), formsEnd(node)) — an empty range for most nodes. */
  formsStart(node: number): number {
    return this.data[this.nodeForm + node] ?? 0;
  }

  formsEnd(node: number): number {
    return this.data[this.nodeForm + node + 1] ?? 0;
  }

  // Field accessors instead of an object per form: they run inside the matcher's inner loop.
  entityOf(form: number): number {
    return this.data[this.forms + form * FORM_WIDTH] ?? 0;
  }

  formIndexOf(form: number): number {
    return this.data[this.forms + form * FORM_WIDTH + 1] ?? 0;
  }

  tokenCountOf(form: number): number {
    return this.data[this.forms + form * FORM_WIDTH + 2] ?? 0;
  }

  capitalisedMaskOf(form: number): number {
    return this.data[this.forms + form * FORM_WIDTH + 3] ?? 0;
  }

  isExact(form: number): boolean {
    return this.data[this.forms + form * FORM_WIDTH + 4] === 1;
  }

  confirmAtOf(form: number): number {
    return this.data[this.forms + form * FORM_WIDTH + 5] ?? 0;
  }

  confirm(at: number): number {
    return this.data[this.confirms + at] ?? 0;
  }
}

export function encodeIndex(index: Int32Array): string {
  let binary = '';
  const bytes = new Uint8Array(index.buffer, index.byteOffset, index.byteLength);
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(binary);
}

type Base64Decoder = (encoded: string) => Uint8Array;

/**
 * The fastest decoder the platform has: Uint8Array.fromBase64 (Chromium 140+, Firefox 133+) or Node's Buffer, both
 * native; a byte loop only as the last resort. The index is about a megabyte of base64, decoded at every worker start.
 */
function nativeDecoder(): Base64Decoder | null {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64;
  if (fromBase64) return (encoded) => fromBase64(encoded);
  const buffer = (globalThis as { Buffer?: { from(data: string, encoding: 'base64'): Uint8Array } }).Buffer;
  return buffer ? (encoded) => buffer.from(encoded, 'base64') : null;
}

export function decodeIndex(encoded: string): Int32Array {
  const native = nativeDecoder();
  let bytes: Uint8Array;
  if (native) {
    bytes = native(encoded);
  } else {
    const binary = atob(encoded);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  // Copy when the decoder's bytes are not 4-byte aligned (Node's Buffer pool), as Int32Array requires.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
