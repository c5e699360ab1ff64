import { BitWriter } from './bit-writer.js';

const LOG2_MAX_FRAME_NUM = 16;
const mbs = (px) => Math.ceil(px / 16);
/** The codec string (`avc1.PPCCLL`) of what this module writes: Constrained Baseline, level 3.0. */
export const H264_CODEC = 'avc1.42c01e';
/** Adds emulation-prevention bytes and the 4-byte Annex B start code around one NAL unit. */
function nal(refIdc, type, rbsp) {
  const out = [0, 0, 0, 1, (refIdc << 5) | type];
  let zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}
export function sps(g) {
  const w = new BitWriter();
  w.u(8, 66).u(8, 0xc0).u(8, 30); // profile_idc Baseline, constraint_set0+1, level 3.0
  w.ue(0); // seq_parameter_set_id
  w.ue(LOG2_MAX_FRAME_NUM - 4);
  w.ue(2); // pic_order_cnt_type 2: output order = decode order
  w.ue(1); // max_num_ref_frames
  w.bit(0); // gaps_in_frame_num_value_allowed_flag
  w.ue(mbs(g.width) - 1).ue(mbs(g.height) - 1);
  w.bit(1); // frame_mbs_only_flag
  w.bit(1); // direct_8x8_inference_flag
  const cropRight = mbs(g.width) * 16 - g.width;
  const cropBottom = mbs(g.height) * 16 - g.height;
  if (cropRight || cropBottom) {
    w.bit(1)
      .ue(0)
      .ue(cropRight / 2)
      .ue(0)
      .ue(cropBottom / 2); // crop units are 2 px in 4:2:0
  } else {
    w.bit(0);
  }
  w.bit(0); // vui_parameters_present_flag
  return nal(3, 7, w.trailing().finish());
}
export function pps() {
  const w = new BitWriter();
  w.ue(0).ue(0); // pps id, sps id
  w.bit(0).bit(0); // CAVLC, no bottom_field_pic_order_in_frame_present
  w.ue(0); // num_slice_groups_minus1
  w.ue(0).ue(0); // num_ref_idx_l0/l1_default_active_minus1
  w.bit(0).u(2, 0); // no weighted prediction
  w.se(0).se(0).se(0); // pic_init_qp/qs_minus26, chroma_qp_index_offset
  w.bit(1); // deblocking_filter_control_present_flag
  w.bit(0).bit(0); // constrained_intra_pred, redundant_pic_cnt_present
  return nal(3, 8, w.trailing().finish());
}
/** The coded (macroblock-aligned) size of a geometry. */
export function codedSize(g) {
  return { width: mbs(g.width) * 16, height: mbs(g.height) * 16 };
}
/** An IDR slice of I_PCM macroblocks carrying `pic` (coded size). */
export function idrSlice(g, pic, idrPicId) {
  const cw = codedSize(g).width;
  const w = new BitWriter();
  w.ue(0).ue(7).ue(0); // first_mb_in_slice, slice_type I (all), pps id
  w.u(LOG2_MAX_FRAME_NUM, 0); // frame_num
  w.ue(idrPicId % 65536);
  w.bit(0).bit(0); // dec_ref_pic_marking: no_output_of_prior_pics, long_term_reference
  w.se(0); // slice_qp_delta
  w.ue(1); // disable_deblocking_filter_idc: off
  for (let my = 0; my < mbs(g.height); my++) {
    for (let mx = 0; mx < mbs(g.width); mx++) {
      w.ue(25).alignZero(); // mb_type I_PCM, pcm_alignment_zero_bits
      const block = new Uint8Array(384);
      let i = 0;
      for (let y = 0; y < 16; y++)
        for (let x = 0; x < 16; x++) block[i++] = pic.y[(my * 16 + y) * cw + mx * 16 + x] ?? 128;
      for (const plane of [pic.cb, pic.cr]) {
        for (let y = 0; y < 8; y++)
          for (let x = 0; x < 8; x++)
            block[i++] = plane[(my * 8 + y) * (cw / 2) + mx * 8 + x] ?? 128;
      }
      w.bytes(block);
    }
  }
  return nal(3, 5, w.trailing().finish());
}
/** A P slice that skips every macroblock: the previous picture again. */
export function skipSlice(g, frameNum) {
  const w = new BitWriter();
  w.ue(0).ue(5).ue(0); // first_mb_in_slice, slice_type P (all), pps id
  w.u(LOG2_MAX_FRAME_NUM, frameNum % 2 ** LOG2_MAX_FRAME_NUM);
  w.bit(0); // num_ref_idx_active_override_flag
  w.bit(0); // ref_pic_list_modification_flag_l0
  w.bit(0); // adaptive_ref_pic_marking_mode_flag
  w.se(0); // slice_qp_delta
  w.ue(1); // disable_deblocking_filter_idc
  w.ue(mbs(g.width) * mbs(g.height)); // mb_skip_run: all of them
  return nal(2, 1, w.trailing().finish());
}
//# sourceMappingURL=h264.js.map
