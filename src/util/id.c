/*
 * id.c - random IDs and the clock (see id.h).
 */
#include "util/id.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>

int tess_id_new(char out[TESS_ID_LEN + 1]) {
    unsigned char r[16];
    size_t got = 0;
    while (got < sizeof r) {
        ssize_t n = getrandom(r + got, sizeof r - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        got += (size_t)n;
    }
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[2 * i] = hex[r[i] >> 4];
        out[2 * i + 1] = hex[r[i] & 15];
    }
    out[TESS_ID_LEN] = '\0';
    return 0;
}

bool tess_id_valid(const char *s) {
    if (!s || strlen(s) != TESS_ID_LEN) return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z'))) return false;
    return true;
}

double tess_now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}
