/** The simulator's sound: mono 16-bit PCM at 8 kHz (ISO/IEC 23003-5 `ipcm` in the MP4). */
export const AUDIO_RATE = 8000;
/** Samples in one audio packet (1/8 s). */
export const AUDIO_PACKET = 1000;
/**
 * One packet of a sine tone at `hz`, a quarter of full scale (-12 dBFS), starting at
 * sample `first`, little-endian. PCM because no maintained pure-JS AAC encoder exists and
 * mediabunny muxes PCM into MP4 as is; ffmpeg (5.1 and later) reads it.
 */
export function tonePacket(hz, first) {
  const bytes = new Uint8Array(AUDIO_PACKET * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < AUDIO_PACKET; i++) {
    const t = (first + i) / AUDIO_RATE;
    view.setInt16(i * 2, Math.round(8192 * Math.sin(2 * Math.PI * hz * t)), true);
  }
  return bytes;
}
//# sourceMappingURL=audio-track.js.map
