/**
 * An MSB-first bit writer with Exp-Golomb codes, the only primitives an H.264 bitstream
 * needs. Written by hand: no maintained npm package offers an H.264 *writer*.
 */
export declare class BitWriter {
  #private;
  u(bits: number, value: number): this;
  bit(b: number): this;
  /** Unsigned Exp-Golomb. */
  ue(value: number): this;
  /** Signed Exp-Golomb. */
  se(value: number): this;
  /** Zero bits up to the next byte boundary. */
  alignZero(): this;
  /** Appends whole bytes (the writer must be aligned). */
  bytes(data: Uint8Array): this;
  /** rbsp_trailing_bits(): a one bit, then zeros to alignment. */
  trailing(): this;
  finish(): Uint8Array;
}
//# sourceMappingURL=bit-writer.d.ts.map
