/*
 * tlm.h - the HTJ2K tile-part splitter: one tile-part per resolution plus a
 * TLM marker, as DICOM's 1.2.840.10008.1.2.4.202 and AWS HealthImaging's
 * frames want (pixels.md 2.1, option 1). OpenJPH 0.9.0 writes one tile-part
 * holding every packet and no TLM; this rewrites it.
 *
 * The input must be what px_htj2k_encode produces: one tile, RPCL, one
 * layer, no precinct partition (one precinct per resolution), no SOP/EPH,
 * no image or tile offset, no subsampling, HT code-blocks with at most 3
 * coding passes, no COC/POC/PPM/PLM/TLM in the main header and nothing but
 * SOD in the tile-part header. Anything else is refused with an error that
 * names the byte offset and what was found; nothing is read out of bounds.
 *
 * The packet headers are parsed (tag trees, pass counts, Lblock, HT segment
 * lengths, bit unstuffing) to find where each resolution's packets end;
 * code-block bytes are copied, never decoded.
 *
 * Output layout: main header (unchanged) + TLM (Stlm 0x50: 8-bit Ttlm,
 * 32-bit Ptlm, one entry per tile-part) + for r = 0..N one tile-part
 * SOT(Isot 0, Psot, TPsot r, TNsot N+1) SOD <packets of resolution r> +
 * EOC. Bytes [0, res_end[r]) followed by FF D9 form a codestream that
 * decodes to the image at reduction N-r.
 */
#ifndef TESSERA_PIXEL_TLM_H
#define TESSERA_PIXEL_TLM_H

#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

/* Largest codestream accepted (input and output offsets are 32-bit). */
#define PX_TLM_MAX_INPUT (1u << 31)

/* Split a single tile-part RPCL HTJ2K codestream. On success *out is a
 * malloc'd codestream of *out_len bytes (caller frees), *nres the number of
 * resolutions (decomposition levels + 1) and res_end[0..*nres-1] the byte
 * offsets in the output where each resolution's tile-part ends (the last
 * one is *out_len - 2, before EOC). max_res is the capacity of res_end. */
int px_tlm_split(const uint8_t *in, size_t n, uint8_t **out, size_t *out_len, uint32_t *res_end,
                 unsigned max_res, unsigned *nres, tess_error *err);

/* The same split, in place: buf holds the n-byte codestream and has room
 * for cap bytes; on success buf holds the split codestream of *out_len
 * bytes. The packets are moved with memmove, the main header stays. Needs
 * cap >= n + px_tlm_split_growth(levels); otherwise (or when the input is
 * refused, with the same errors as px_tlm_split) -1 and buf unchanged. */
int px_tlm_split_in_place(uint8_t *buf, size_t n, size_t cap, size_t *out_len, uint32_t *res_end,
                          unsigned max_res, unsigned *nres, tess_error *err);

/* How many bytes the split adds to a codestream with `levels`
 * decomposition levels: the TLM and one more tile-part header per extra
 * resolution. */
size_t px_tlm_split_growth(unsigned levels);

/* Validate a split codestream: the same main-header restrictions, a TLM
 * whose entries equal the tile-part lengths, one tile-part per resolution
 * with TPsot 0..N and TNsot N+1, each holding exactly the packets of its
 * resolution (packet headers are parsed), then EOC at the end. Fills
 * res_end and *nres as px_tlm_split does. -1 with the offset and the
 * problem otherwise. */
int px_tlm_check(const uint8_t *p, size_t n, uint32_t *res_end, unsigned max_res, unsigned *nres,
                 tess_error *err);

#endif
