import { badInput } from '../../errors/app-error';

/** Opaque keyset cursor: base64url of `c:<sort key>`. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

/** The sort key behind a cursor; BAD_USER_INPUT naming `field` when it is not one. */
export function decodeCursor(cursor: string, field = 'after'): string {
  const text = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('c:') || text.length < 3) throw badInput(field, `"${field}" is not a cursor of this list`);
  return text.slice(2);
}
