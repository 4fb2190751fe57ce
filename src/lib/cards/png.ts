/**
 * An opaque RGBA pixel buffer as an 8-bit RGB PNG (no filter, zlib level 3). Written here rather than by the
 * canvas library because its PNG encoder (every filter, level 6) took 33 ms a card against 4 ms for this, on the
 * same pixels. Level 3 is the last before zlib's slower strategies: level 4 took 5.9 ms against 2.7 ms for 13 % less
 * (a four-line quote: 83 kB; resvg's encoder wrote 68 kB of its own pixels, which have fewer distinct shades).
 * The format: the signature, then IHDR, IDAT and IEND chunks, each length + type + data + CRC-32 (PNG spec §5).
 */
import { crc32, deflateSync } from 'node:zlib';

let rowsBuffer: Buffer | undefined;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** `rgba`: width × height pixels, 4 bytes each, row by row; alpha is dropped, so the pixels must be opaque. */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodeOpaquePng: ${rgba.length} bytes is not ${width}×${height} RGBA pixels`);
  const stride = width * 3 + 1;
  // One buffer for every card: a fresh 2 MB buffer per card is memory V8 counts against the heap, and in a build's
  // large heap the full collections that it triggers cost more than drawing the card.
  if (!rowsBuffer || rowsBuffer.length !== stride * height) rowsBuffer = Buffer.allocUnsafe(stride * height);
  const rows = rowsBuffer;
  let o = 0;
  let i = 0;
  for (let y = 0; y < height; y++) {
    rows[o++] = 0; // filter type None
    for (let x = 0; x < width; x++, i += 4) {
      rows[o++] = rgba[i]!;
      rows[o++] = rgba[i + 1]!;
      rows[o++] = rgba[i + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
