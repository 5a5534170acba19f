/*
 * jsonfmt.c - DICOM JSON value formatting shared by json.c and
 * imageset/metadoc.c (see jsonfmt.h).
 */
#include "dicom/jsonfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool dcm_json_number(const char *s, size_t n, tess_buf *out) {
    char tmp[80];
    size_t k = 0, i = 0;
    if (n == 0 || n > 64) return false;
    if (s[i] == '+' || s[i] == '-') { if (s[i] == '-') tmp[k++] = '-'; i++; }
    size_t int_start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    size_t int_len = i - int_start;
    size_t frac_start = 0, frac_len = 0;
    if (i < n && s[i] == '.') {
        i++;
        frac_start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        frac_len = i - frac_start;
    }
    if (int_len == 0 && frac_len == 0) return false;
    /* integer part without leading zeros */
    size_t z = int_start;
    while (z < int_start + int_len - 1 && s[z] == '0') z++;
    if (int_len == 0) tmp[k++] = '0';
    else { memcpy(tmp + k, s + z, int_start + int_len - z); k += int_start + int_len - z; }
    if (frac_len) { tmp[k++] = '.'; memcpy(tmp + k, s + frac_start, frac_len); k += frac_len; }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        tmp[k++] = 'e';
        if (i < n && (s[i] == '+' || s[i] == '-')) tmp[k++] = s[i++];
        size_t e0 = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') tmp[k++] = s[i++];
        if (i == e0) return false;
    }
    if (i != n) return false;
    tess_buf_put(out, tmp, k);
    return true;
}

void dcm_json_put_double(tess_buf *out, double v, bool single) {
    if (!isfinite(v)) { tess_buf_puts(out, "null"); return; }
    char b[40];
    /* shortest text that reads back to the same value */
    for (int prec = single ? 6 : 15; prec <= 17; prec++) {
        snprintf(b, sizeof b, "%.*g", prec, v);
        if (single ? (float)strtod(b, NULL) == (float)v : strtod(b, NULL) == v) break;
    }
    tess_buf_puts(out, b);
}

void dcm_json_trim(const char **s, size_t *n, bool leading) {
    const char *a = *s, *b = *s + *n;
    while (b > a && (b[-1] == ' ' || b[-1] == '\0')) b--;
    if (leading) while (a < b && *a == ' ') a++;
    *s = a;
    *n = (size_t)(b - a);
}

bool dcm_json_single_text(dcm_vr vr) {
    return vr == DCM_VR_LT || vr == DCM_VR_ST || vr == DCM_VR_UT || vr == DCM_VR_UR;
}

bool dcm_json_text_empty(const char *text, size_t n, dcm_vr vr) {
    bool single = dcm_json_single_text(vr);
    size_t k = 0;
    while (k < n && (text[k] == ' ' || text[k] == '\0' || (!single && text[k] == '\\') ||
                     (vr == DCM_VR_PN && (text[k] == '^' || text[k] == '=')))) k++;
    return k == n;
}

bool dcm_json_pn_groups(const char *s, size_t n, const char *g[3], size_t gl[3]) {
    const char *p = s, *end = s + n;
    for (int k = 0; k < 3; k++) { g[k] = NULL; gl[k] = 0; }
    for (int k = 0; k < 3 && p <= end; k++) {
        const char *eq = memchr(p, '=', (size_t)(end - p));
        const char *stop = eq ? eq : end;
        g[k] = p;
        gl[k] = (size_t)(stop - p);
        dcm_json_trim(&g[k], &gl[k], false);
        /* trailing empty components carry nothing (PS3.5 6.2) */
        while (gl[k] && (g[k][gl[k] - 1] == '^' || g[k][gl[k] - 1] == ' ')) gl[k]--;
        if (!eq) break;
        p = eq + 1;
    }
    return gl[0] || gl[1] || gl[2];
}
