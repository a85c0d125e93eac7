// png.mjs — pixel statistics of a PNG screenshot (8-bit RGB/RGBA, not interlaced: what Chromium writes), so a
// test can tell a drawn viewer from a blank or single-colour one without an image library.
import zlib from 'node:zlib';

function decode(buffer) {
  let offset = 8, width = 0, height = 0, channels = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('png.mjs reads 8-bit non-interlaced PNGs only');
      channels = { 2: 3, 6: 4 }[body[9]];
      if (!channels) throw new Error('png.mjs reads RGB and RGBA PNGs only');
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels, pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; ++y) {  // undo the per-row filters
    const filter = raw[y * (stride + 1)], row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; ++x) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0, b = y ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + x] = (row[x] + predictor) & 255;
    }
  }
  return { width, height, channels, pixels };
}

// {width, height, colours: distinct RGB values (capped count), deviation: standard deviation of luminance}
export function pixelStats(buffer) {
  const { width, height, channels, pixels } = decode(buffer);
  const colours = new Set();
  let sum = 0, sumSquares = 0;
  const n = width * height;
  for (let i = 0; i < n; ++i) {
    const r = pixels[i * channels], g = pixels[i * channels + 1], b = pixels[i * channels + 2];
    if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b);
    const luminance = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += luminance;
    sumSquares += luminance * luminance;
  }
  const mean = sum / n;
  return { width, height, colours: colours.size, mean, deviation: Math.sqrt(Math.max(0, sumSquares / n - mean * mean)) };
}
