/**
 * Traditional Chinese in, Simplified Chinese to the model. The corpus, the catalog's Chinese names
 * and the replies are Simplified, but shoppers from Hong Kong, Taiwan and abroad often type
 * Traditional characters; many are shared, the rest (運費, 錢, 訂單) would be words the model never
 * saw, and "運費多少錢" would read as off-topic. Converting first lets those shoppers be understood
 * without a second corpus.
 *
 * A message is converted only when it holds a character that exists solely in Traditional form, so
 * Simplified text is never touched: some Simplified characters are also Traditional forms of
 * others (么 is listed as the Traditional form of 幺), and converting them would corrupt good text.
 * Conversion is word by word, longest dictionary word first, because a character's Simplified form
 * can depend on its word (乾淨 → 干净, while 乾隆 keeps 乾). It never changes the text's length,
 * so entity offsets still point into the shopper's own message.
 */
import { type ChineseScriptTables, chineseScriptTables } from './nlpjs';

const HAN = /\p{Script=Han}/u;
const LONGEST_WORD = 8;

export class TraditionalChineseConverter {
  private tables: ChineseScriptTables | undefined;

  /** Defaults to node-nlp's CC-CEDICT, loaded on the first message with Han characters. */
  constructor(tables?: ChineseScriptTables) {
    this.tables = tables;
  }

  /** `text` in Simplified characters; the same string when it has no Traditional-only character. */
  toSimplified(text: string): string {
    if (!HAN.test(text)) return text;
    this.tables ??= chineseScriptTables();
    const tables = this.tables;
    if (!Array.from(text).some((char) => this.isTraditionalOnly(tables, char))) return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
      const word = longestDictionaryWord(text, i, tables.simplifiedOf, 2);
      if (word) {
        out += word.converted;
        i += word.length;
        continue;
      }
      const char = text[i]!;
      out += this.isTraditionalOnly(tables, char) ? tables.simplifiedOf(char)! : char;
      i++;
    }
    return out;
  }

  private isTraditionalOnly(tables: ChineseScriptTables, char: string): boolean {
    const simplified = tables.simplifiedOf(char);
    return (
      simplified !== undefined && simplified !== char && simplified.length === char.length && !tables.isSimplified(char)
    );
  }
}

/**
 * The longest dictionary word of `minLength` to 8 characters at `start` that `convert` knows, with
 * its form in the other script (the same length, possibly the same characters: a word written alike
 * in both scripts is kept whole, so 乾隆 keeps its 乾 while 乾淨 becomes 干净). Shared with the tool
 * that writes the Traditional test set (`training/nlu/to-traditional.ts`).
 */
export function longestDictionaryWord(
  text: string,
  start: number,
  convert: (word: string) => string | undefined,
  minLength: number,
): { converted: string; length: number } | undefined {
  for (let length = Math.min(LONGEST_WORD, text.length - start); length >= minLength; length--) {
    const word = text.slice(start, start + length);
    const converted = convert(word);
    if (converted !== undefined && converted.length === length) return { converted, length };
  }
  return undefined;
}
