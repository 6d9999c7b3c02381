// The draw's randomness: HMAC-SHA256 in counter mode keyed by the revealed seed. Block i is
// HMAC-SHA256(key = the seed's UTF-8 text, message = "zhiliang-draw-v1:" + i in decimal), read as
// eight big-endian 32-bit words. Integers below n come from rejection sampling (a word at or above
// the largest multiple of n below 2^32 is discarded), so no value is favoured; n = 1 draws no word.
// Anyone can re-run it in a few lines of any language from the published seed.
import { createHmac } from 'node:crypto';

export const STREAM_LABEL = 'zhiliang-draw-v1:';
const TWO_32 = 0x1_0000_0000;

export class SeededRandom {
  private counter = 0;
  private block: Buffer = Buffer.alloc(0);
  private offset = 0;
  /** Words drawn so far, for tests and the verification report. */
  words = 0;

  constructor(private readonly seed: string) {
    if (seed.length === 0) throw new RangeError('seed must not be empty');
  }

  nextUint32(): number {
    if (this.offset >= this.block.length) {
      this.block = createHmac('sha256', this.seed).update(`${STREAM_LABEL}${this.counter}`).digest();
      this.counter++;
      this.offset = 0;
    }
    const w = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    this.words++;
    return w;
  }

  /** A uniform integer in [0, n), 1 ≤ n ≤ 2^32. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`bad range ${n}`);
    if (n === 1) return 0;
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const w = this.nextUint32();
      if (w < limit) return w % n;
    }
  }
}
