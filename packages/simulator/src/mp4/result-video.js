import {
  BufferTarget,
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import { AUDIO_PACKET, AUDIO_RATE, tonePacket } from './audio-track.js';
import { H264_CODEC, idrSlice, pps, skipSlice, sps } from './h264.js';
import { drawPicture } from './picture.js';
import { BLACK, promptColour, promptTone } from './video-look.js';

const FPS = 24;
const KEYFRAME_SECONDS = 1;
/**
 * The short side of the picture per quality: real sizes divided by five (a hand-written
 * I_PCM stream grows with the pixel count, and tests must stay fast), each a multiple of 18
 * so that every listed aspect ratio has exact, even sides. 480p: 108, 720p/768p/standard and
 * no quality: 144, 1080p/high: 216, 4k: 288.
 */
const SHORT_SIDES = {
  '480p': 108,
  '720p': 144,
  '768p': 144,
  standard: 144,
  '1080p': 216,
  high: 216,
  '4k': 288,
};
/** width/height of an aspect ratio (`16:9`, `1280x720`); 16:9 for `adaptive` or anything else. */
function aspectOf(aspectRatio) {
  const m = /^(\d+)[:x](\d+)$/.exec(aspectRatio);
  const [w, h] = [Number(m?.[1]), Number(m?.[2])];
  return w > 0 && h > 0 ? w / h : 16 / 9;
}
/**
 * The picture size for a request: the short side of its quality (see `SHORT_SIDES`), the long
 * side from the exact aspect ratio (16:9 at 720p: 256x144; 9:16 at 1080p: 216x384; 21:9 at
 * 720p: 336x144). A `wrong-aspect` fault turns landscape to portrait and back, square to 16:9.
 */
export function videoGeometry(spec) {
  const short = SHORT_SIDES[spec.quality ?? ''] ?? 144;
  let ratio = aspectOf(spec.aspectRatio);
  if (spec.fault === 'wrong-aspect') ratio = ratio === 1 ? 16 / 9 : 1 / ratio;
  const even = (n) => 2 * Math.round(n / 2);
  return ratio >= 1
    ? { width: even(short * ratio), height: short }
    : { width: short, height: even(short / ratio) };
}
/** Seconds actually delivered: half the asked duration (at least 1 s) for a `short` fault. */
export function videoSeconds(spec) {
  return spec.fault === 'short' ? Math.max(1, Math.floor(spec.duration / 2)) : spec.duration;
}
/**
 * Recently made videos, most recent last, up to `CACHE_BYTES` in all: a run of many prompts
 * (48 colours) mostly reuses them, and a few large ones never pile up.
 */
const cache = new Map();
const CACHE_BYTES = 64 * 1024 * 1024;
/**
 * A playable MP4 (H.264, and a PCM tone when sound is asked, muxed by mediabunny) matching
 * `spec`: painted in its prompt's colour, of its quality's size (see `videoGeometry`). Recent
 * ones are kept, so repeated downloads of one task cost one encode.
 */
export function resultVideo(spec) {
  const g = videoGeometry(spec);
  const colour = promptColour(spec.prompt ?? '');
  const sound = spec.sound === true && spec.fault !== 'silent';
  const tone = promptTone(spec.prompt ?? '');
  const picture = `${g.width}x${g.height}|${colour.y},${colour.cb},${colour.cr}`;
  const key = `${picture}|${videoSeconds(spec)}|${sound ? tone : 0}|${spec.fault ?? ''}`;
  const kept = cache.get(key);
  if (kept) {
    cache.delete(key);
    cache.set(key, kept);
    return kept.video;
  }
  const entry = { video: encode(spec, sound ? tone : undefined), bytes: 0 };
  cache.set(key, entry);
  entry.video.then(
    (bytes) => {
      entry.bytes = bytes.length;
      let total = 0;
      for (const e of cache.values()) total += e.bytes;
      for (const [old, e] of cache) {
        if (total <= CACHE_BYTES || old === key) break;
        cache.delete(old);
        total -= e.bytes;
      }
    },
    () => cache.delete(key),
  );
  return entry.video;
}
async function encode(spec, tone) {
  const g = videoGeometry(spec);
  const target = new BufferTarget();
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target });
  const video = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(video, { frameRate: FPS });
  const audio = tone === undefined ? undefined : new EncodedAudioPacketSource('pcm-s16');
  if (audio) output.addAudioTrack(audio);
  await output.start();
  const seconds = videoSeconds(spec);
  for (let second = 0; second < seconds; second++) {
    await addVideoSecond(video, g, spec, second, seconds);
    if (audio && tone !== undefined) await addAudioSecond(audio, tone, second);
  }
  video.close();
  audio?.close();
  await output.finalize();
  if (!target.buffer) throw new Error('mp4 muxing produced no output');
  return new Uint8Array(target.buffer);
}
/** One second of video: an IDR picture, then P frames that repeat it. */
async function addVideoSecond(source, g, spec, second, seconds) {
  const frames = seconds * FPS;
  const black = spec.fault === 'black';
  const colour = black ? BLACK : promptColour(spec.prompt ?? '');
  // A frozen video shows the same picture each second; others advance the marker and bar.
  const fraction = spec.fault === 'frozen' ? 0.5 : (second * FPS + FPS) / frames;
  const header = Buffer.concat([sps(g), pps()]);
  const picture = idrSlice(g, drawPicture(g, fraction, colour, black), second);
  for (let f = 0; f < FPS * KEYFRAME_SECONDS; f++) {
    const i = second * FPS + f;
    const key = f === 0;
    const data = key ? Buffer.concat([header, picture]) : skipSlice(g, f);
    const packet = new EncodedPacket(data, key ? 'key' : 'delta', i / FPS, 1 / FPS);
    await source.add(
      packet,
      i === 0
        ? { decoderConfig: { codec: H264_CODEC, codedWidth: g.width, codedHeight: g.height } }
        : undefined,
    );
  }
}
/** One second of the tone, in packets of `AUDIO_PACKET` samples. */
async function addAudioSecond(source, tone, second) {
  for (let first = second * AUDIO_RATE; first < (second + 1) * AUDIO_RATE; first += AUDIO_PACKET) {
    const packet = new EncodedPacket(
      tonePacket(tone, first),
      'key',
      first / AUDIO_RATE,
      AUDIO_PACKET / AUDIO_RATE,
    );
    await source.add(
      packet,
      first === 0
        ? { decoderConfig: { codec: 'pcm-s16', numberOfChannels: 1, sampleRate: AUDIO_RATE } }
        : undefined,
    );
  }
}
//# sourceMappingURL=result-video.js.map
