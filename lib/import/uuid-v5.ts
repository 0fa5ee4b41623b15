/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), computed synchronously.
 *
 * Why: an annotation imported from another tool keeps that tool's identity through a UUID derived from its id, so
 * importing the same file twice finds the same ids and merges instead of duplicating. `crypto.subtle.digest` would
 * do the hashing but is asynchronous, which would make the whole file reader asynchronous for one hash; SHA-1 over
 * a few dozen bytes is a few microseconds in plain code, and real version-5 UUIDs can be checked against any other
 * implementation (Python's `uuid.uuid5`, the `uuid` package). SHA-1 is not used for security here, only to spread
 * names evenly over 122 bits.
 */

/** SHA-1 (FIPS 180-4) of `message`: 20 bytes. */
export function sha1(message: Uint8Array): Uint8Array {
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number, to a multiple of 64 bytes.
  const blocks = Math.ceil((message.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const data = new DataView(padded.buffer);
  data.setUint32(padded.length - 8, Math.floor(message.length / 0x20000000));
  data.setUint32(padded.length - 4, (message.length * 8) >>> 0);

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  // Int32 arithmetic throughout (`| 0`), unsigned only at the end: no allocation in the rounds.
  const w = new Int32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = data.getInt32(block + i * 4);
    for (let i = 16; i < 80; i++) {
      const x = (w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0);
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 || i >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const next = (((a << 5) | (a >>> 27)) + f + e + k + (w[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = next;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  [h0, h1, h2, h3, h4].forEach((value, i) => out.setInt32(i * 4, value));
  return digest;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encoder = new TextEncoder();
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Namespaces seen, as bytes: imports derive thousands of ids in one namespace. */
const namespaceBytes = new Map<string, Uint8Array>();

function bytesOf(namespace: string): Uint8Array {
  let bytes = namespaceBytes.get(namespace);
  if (!bytes) {
    if (!UUID.test(namespace)) throw new RangeError(`uuidV5: ${namespace} is not a UUID`);
    const hex = namespace.replaceAll('-', '');
    bytes = Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
    namespaceBytes.set(namespace, bytes);
  }
  return bytes;
}

/** The version-5 UUID of `name` in `namespace` (itself a UUID), lower-case, without the `urn:uuid:` prefix. */
export function uuidV5(namespace: string, name: string): string {
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(bytesOf(namespace));
  input.set(nameBytes, 16);
  const bytes = sha1(input);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  let hex = '';
  for (let i = 0; i < 16; i++) hex += `${i === 4 || i === 6 || i === 8 || i === 10 ? '-' : ''}${HEX_BYTE[bytes[i] ?? 0] ?? ''}`;
  return hex;
}

/**
 * The namespace of every id NewsLens derives for imported annotations. Our own (not the standard URL namespace), so
 * a tool that also derives version-5 ids from the same IRIs never produces ours for something else. Never change it:
 * re-imports would stop merging with earlier ones.
 */
export const IMPORT_NAMESPACE = '3653d437-e3ac-4abe-ad51-59b40f770423';

/** `urn:uuid:` id of an imported annotation, from a name that identifies it in its source tool. */
export function importedId(name: string): string {
  return `urn:uuid:${uuidV5(IMPORT_NAMESPACE, name)}`;
}
