/**
 * An MSB-first bit writer with Exp-Golomb codes, the only primitives an H.264 bitstream
 * needs. Written by hand: no maintained npm package offers an H.264 *writer*.
 */
export class BitWriter {
  #bytes = [];
  #current = 0;
  #bits = 0;
  u(bits, value) {
    for (let i = bits - 1; i >= 0; i--) this.bit((value >>> i) & 1);
    return this;
  }
  bit(b) {
    this.#current = (this.#current << 1) | (b & 1);
    if (++this.#bits === 8) {
      this.#bytes.push(this.#current);
      this.#current = 0;
      this.#bits = 0;
    }
    return this;
  }
  /** Unsigned Exp-Golomb. */
  ue(value) {
    const v = value + 1;
    const len = Math.floor(Math.log2(v));
    this.u(len, 0);
    return this.u(len + 1, v);
  }
  /** Signed Exp-Golomb. */
  se(value) {
    return this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }
  /** Zero bits up to the next byte boundary. */
  alignZero() {
    while (this.#bits !== 0) this.bit(0);
    return this;
  }
  /** Appends whole bytes (the writer must be aligned). */
  bytes(data) {
    if (this.#bits !== 0) throw new Error('BitWriter.bytes needs byte alignment');
    for (const b of data) this.#bytes.push(b);
    return this;
  }
  /** rbsp_trailing_bits(): a one bit, then zeros to alignment. */
  trailing() {
    this.bit(1);
    return this.alignZero();
  }
  finish() {
    if (this.#bits !== 0) throw new Error('BitWriter.finish needs byte alignment');
    return Uint8Array.from(this.#bytes);
  }
}
//# sourceMappingURL=bit-writer.js.map
