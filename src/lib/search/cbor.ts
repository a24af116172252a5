/**
 * The small part of CBOR (RFC 8949) that Pagefind's index metadata uses:
 * unsigned and negative integers, byte and text strings, arrays, maps, and
 * false/true/null, all of definite length. Anything else is refused by name,
 * so a change in Pagefind's format stops the build instead of corrupting the
 * index.
 */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | Map<CborValue, CborValue>;

/** Decodes one CBOR item that fills `bytes` from `offset`. */
export function decodeCbor(bytes: Uint8Array, offset = 0): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = offset;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR: indefinite or reserved length (additional info ${info}) at byte ${at - 1} is not supported`);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): CborValue => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? slice.slice() : text.decode(slice);
      }
      case 4: {
        const n = length(info);
        const out: CborValue[] = [];
        for (let i = 0; i < n; i++) out.push(item());
        return out;
      }
      case 5: {
        const n = length(info);
        const out = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) out.set(item(), item());
        return out;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: simple value or float (additional info ${info}) at byte ${at - 1} is not supported`);
      default:
        throw new Error(`CBOR: major type ${major} at byte ${at - 1} is not supported`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the item`);
  return value;
}

/** Encodes a value in the shortest form of each head, as Pagefind writes it. */
export function encodeCbor(value: CborValue): Uint8Array {
  const chunks: Uint8Array[] = [];
  const utf8 = new TextEncoder();
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: cannot encode length or integer ${n}`);
    if (n < 24) chunks.push(Uint8Array.of((major << 5) | n));
    else if (n < 0x100) chunks.push(Uint8Array.of((major << 5) | 24, n));
    else if (n < 0x10000) chunks.push(Uint8Array.of((major << 5) | 25, n >> 8, n & 255));
    else if (n < 0x100000000) chunks.push(Uint8Array.of((major << 5) | 26, n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255));
    else {
      const b = new Uint8Array(9);
      b[0] = (major << 5) | 27;
      new DataView(b.buffer).setBigUint64(1, BigInt(n));
      chunks.push(b);
    }
  };
  const item = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: floats are not supported (${v})`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8.encode(v);
      head(3, b.length);
      chunks.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      chunks.push(v);
    } else if (typeof v === 'boolean') chunks.push(Uint8Array.of(v ? 0xf5 : 0xf4));
    else if (v === null) chunks.push(Uint8Array.of(0xf6));
    else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) item(x);
    } else {
      head(5, v.size);
      for (const [k, x] of v) {
        item(k);
        item(x);
      }
    }
  };
  item(value);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
