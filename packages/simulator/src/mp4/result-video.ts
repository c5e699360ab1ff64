import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import { isPortrait } from '../models.ts';
import { H264_CODEC, type H264Geometry, idrSlice, pps, skipSlice, sps } from './h264.ts';
import { drawPicture } from './picture.ts';

export interface VideoSpec {
  aspectRatio: string;
  /** Seconds. */
  duration: number;
  /** The model's quality value, if any; higher qualities get a larger picture. */
  quality: string | undefined;
}

const FPS = 24;
const KEYFRAME_SECONDS = 1;

/** The picture size for a request: small, but of the requested aspect ratio. */
export function videoGeometry(spec: VideoSpec): H264Geometry {
  const hd = spec.quality === '1080p' || spec.quality === 'high';
  const [long, short] = hd ? [384, 216] : [256, 144];
  return isPortrait(spec.aspectRatio)
    ? { width: short, height: long }
    : { width: long, height: short };
}

const cache = new Map<string, Promise<Uint8Array>>();

/** A playable MP4 (H.264 in MP4, muxed by mediabunny) matching `spec`, cached per (aspect, duration, quality). */
export function resultVideo(spec: VideoSpec): Promise<Uint8Array> {
  const key = `${spec.aspectRatio}|${spec.duration}|${spec.quality ?? ''}`;
  let video = cache.get(key);
  if (!video) {
    video = encode(spec);
    cache.set(key, video);
    video.catch(() => cache.delete(key));
  }
  return video;
}

async function encode(spec: VideoSpec): Promise<Uint8Array> {
  const g = videoGeometry(spec);
  const target = new BufferTarget();
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target });
  const source = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(source, { frameRate: FPS });
  await output.start();
  const frames = spec.duration * FPS;
  const header = [sps(g), pps()];
  let frameNum = 0;
  let idr = 0;
  const hue = spec.duration + (isPortrait(spec.aspectRatio) ? 2 : 0);
  for (let i = 0; i < frames; i++) {
    const key = i % (FPS * KEYFRAME_SECONDS) === 0;
    let data: Uint8Array;
    if (key) {
      frameNum = 0;
      const slice = idrSlice(g, drawPicture(g, (i + FPS) / frames, hue), idr++);
      data = Buffer.concat([...header, slice]);
    } else {
      data = skipSlice(g, ++frameNum);
    }
    const packet = new EncodedPacket(data, key ? 'key' : 'delta', i / FPS, 1 / FPS);
    await source.add(
      packet,
      i === 0
        ? { decoderConfig: { codec: H264_CODEC, codedWidth: g.width, codedHeight: g.height } }
        : undefined,
    );
  }
  source.close();
  await output.finalize();
  if (!target.buffer) throw new Error('mp4 muxing produced no output');
  return new Uint8Array(target.buffer);
}
