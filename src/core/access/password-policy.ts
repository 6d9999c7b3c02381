// Password rules and generation. Generated passwords avoid look-alike characters because they
// are read off a screen and typed by hand.
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function isStrongPassword(pw: string): boolean {
  return pw.length >= 10 && pw.length <= 128 && /[A-Za-z]/.test(pw) && /\d/.test(pw);
}

export function generatePassword(length = 16): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
    if (isStrongPassword(out)) return out;
  }
}
