// Valid unified social credit codes for tests: a 17-character body plus its GB 32100 check character.
import { creditCodeCheckCharacter } from '../standards/index.ts';

const BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid code registered in `region` (6 digits) whose body encodes n. */
export function testCreditCode(n: number, region = '622901'): string {
  let tail = '';
  let x = n;
  for (let i = 0; i < 9; i++) {
    tail = BODY_CHARS[x % 31] + tail;
    x = Math.floor(x / 31);
  }
  const body = `91${region}${tail}`;
  return body + creditCodeCheckCharacter(body);
}

/** The same code with a wrong check character. */
export function withWrongCheck(code: string): string {
  const last = code[17] === '0' ? '1' : '0';
  return code.slice(0, 17) + last;
}
