import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline).
export const hashPassword = (pw: string): Promise<string> => hash(pw);

export async function verifyPassword(hashed: string, pw: string): Promise<boolean> {
  try {
    return await verify(hashed, pw);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps the response time the same,
// so timing does not tell which usernames exist.
let dummy: Promise<string> | null = null;
export async function burnVerify(pw: string): Promise<void> {
  dummy ??= hash('not-a-real-password-0');
  await verifyPassword(await dummy, pw);
}
