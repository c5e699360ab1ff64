/** The simulator's sound: mono 16-bit PCM at 8 kHz (ISO/IEC 23003-5 `ipcm` in the MP4). */
export declare const AUDIO_RATE = 8000;
/** Samples in one audio packet (1/8 s). */
export declare const AUDIO_PACKET = 1000;
/**
 * One packet of a sine tone at `hz`, a quarter of full scale (-12 dBFS), starting at
 * sample `first`, little-endian. PCM because no maintained pure-JS AAC encoder exists and
 * mediabunny muxes PCM into MP4 as is; ffmpeg (5.1 and later) reads it.
 */
export declare function tonePacket(hz: number, first: number): Uint8Array;
//# sourceMappingURL=audio-track.d.ts.map
