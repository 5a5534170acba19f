# Tessera build.
#
#   make              release build: build/release/tessera
#   make asan         ASan + UBSan build: build/asan/tessera
#   make test         everything the README's test command runs (see scripts/test.sh)
#   make unit         unit tests, release and sanitizer builds
#   make fuzz         libFuzzer targets (clang): build/fuzz/fuzz_*
#   make dict         regenerate src/dicom/dict_table.c from pydicom's dictionary
#   make bench        benchmarks (bench/README.md); not part of the tests
#
# Warnings are errors everywhere: a warning is a bug we have not read yet.

# No built-in rules (they turn ijg%.o into bogus rebuilds of .d files);
# keep every object: they are built through pattern rules (intermediates).
MAKEFLAGS += --no-builtin-rules
.SECONDARY:

CC      ?= cc
CXX     ?= c++
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wformat=2 -Wno-unused-parameter -Wvla
CSTD    := -std=c11 -D_GNU_SOURCE
# libmicrohttpd is not linked but loaded when a server starts (src/http/server.c:
# it brings GnuTLS and a dozen libraries every process would load): its soname,
# read from the development library a link would use.
MHD_SONAME := $(shell objdump -p "$$($(CC) -print-file-name=libmicrohttpd.so)" 2>/dev/null | \
                sed -n 's/^ *SONAME *//p')
INCLUDES:= -Isrc $(if $(MHD_SONAME),-DHTTP_MHD_SONAME='"$(MHD_SONAME)"')
LIBS    := -lopenjph -lopenjp2 -lcharls -ljpeg -lpng -lgdcmjpeg8 -lgdcmjpeg12 -lgdcmjpeg16 \
           -lnettle -lsqlite3 -ljansson -ldeflate -lz -lm -lpthread -lstdc++
# Oracles the unit tests check our code against (test_sigv4: OpenSSL's
# SHA-256 and HMAC beside auth/digest.c's Nettle); linked as needed only.
TEST_LIBS := -lcrypto
CXXWARN := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
OPJ_INC := -I/usr/include/openjpeg-2.5

# src/pixel/ijg.c is built three times, once per IJG precision (GDCM's
# bundled libgdcmjpeg8/12/16: one jpeglib.h per precision).
IJG_SRC := src/pixel/ijg.c
SRC     := $(filter-out src/main.c $(IJG_SRC),$(shell find src -name '*.c' | sort))
CXXSRC  := $(shell find src -name '*.cpp' | sort)
IJG_OBJ_NAMES := ijg8.o ijg12.o ijg16.o
TESTS   := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

RELEASE_CFLAGS := -O2 -g $(WARN) $(CSTD) $(INCLUDES) $(OPJ_INC)
ASAN_CFLAGS    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                  -fno-sanitize-recover=undefined $(WARN) $(CSTD) $(INCLUDES) $(OPJ_INC)
RELEASE_CXXFLAGS := -O2 -g -std=c++17 $(CXXWARN) $(INCLUDES)
ASAN_CXXFLAGS    := -O1 -g -std=c++17 -fno-omit-frame-pointer -fsanitize=address,undefined \
                  -fno-sanitize-recover=undefined $(CXXWARN) $(INCLUDES)

.PHONY: all release asan unit test fuzz dict bench clean

all: release

define build_variant
build/$(1)/obj/%.o: %.c
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -MMD -MP -c $$< -o $$@

build/$(1)/obj/%.o: %.cpp
	@mkdir -p $$(dir $$@)
	$$(CXX) $(3) -MMD -MP -c $$< -o $$@

build/$(1)/obj/ijg%.o: $(IJG_SRC)
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -DIJG_BITS=$$* -I/usr/include/gdcm-3.0/gdcmjpeg/$$* -I/usr/include/gdcm-3.0/gdcmjpeg \
	    -MMD -MP -c $$< -o $$@

build/$(1)/libtessera.a: $$(patsubst %.c,build/$(1)/obj/%.o,$$(SRC)) \
                         $$(patsubst %.cpp,build/$(1)/obj/%.o,$$(CXXSRC)) \
                         $$(if $$(wildcard $(IJG_SRC)),$$(addprefix build/$(1)/obj/,$(IJG_OBJ_NAMES)))
	@rm -f $$@
	ar rcs $$@ $$^

build/$(1)/tessera: build/$(1)/obj/src/main.o build/$(1)/libtessera.a
	$$(CC) $(2) -o $$@ $$^ $(LIBS)

build/$(1)/qido_scale: build/$(1)/obj/bench/qido_scale.o build/$(1)/libtessera.a
	$$(CC) $(2) -o $$@ $$^ $(LIBS)

build/$(1)/tests/%: build/$(1)/obj/tests/unit/%.o build/$(1)/libtessera.a
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -o $$@ $$^ $(LIBS) $(TEST_LIBS)

-include $$(shell find build/$(1)/obj -name '*.d' 2>/dev/null)
endef

$(eval $(call build_variant,release,$(RELEASE_CFLAGS),$(RELEASE_CXXFLAGS)))
$(eval $(call build_variant,asan,$(ASAN_CFLAGS),$(ASAN_CXXFLAGS)))

release: build/release/tessera build/release/qido_scale $(addprefix build/release/tests/,$(TESTS))
asan: build/asan/tessera $(addprefix build/asan/tests/,$(TESTS))

unit: release asan
	@scripts/run-unit.sh

test:
	@scripts/test.sh

# Fuzz targets: clang's libFuzzer with ASan + UBSan.
FUZZ_CFLAGS := -O1 -g -fsanitize=fuzzer,address,undefined $(CSTD) $(INCLUDES) -Wall -Wextra -Werror -Wno-unused-parameter
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz: $(FUZZ_TARGETS)
# Fuzz targets link the sanitizer build's library objects (instrumented by
# gcc's ASan) would mix runtimes, so they are built from source with clang.
FUZZ_OBJDIR := build/fuzz/obj
FUZZ_OBJS := $(patsubst %.c,$(FUZZ_OBJDIR)/%.o,$(SRC)) $(patsubst %.cpp,$(FUZZ_OBJDIR)/%.o,$(CXXSRC)) \
             $(if $(wildcard $(IJG_SRC)),$(addprefix $(FUZZ_OBJDIR)/,$(IJG_OBJ_NAMES)))
FUZZ_LIB_CFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined $(CSTD) $(INCLUDES) $(OPJ_INC) -Wall -Wextra -Werror -Wno-unused-parameter
$(FUZZ_OBJDIR)/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(FUZZ_LIB_CFLAGS) -MMD -MP -c $< -o $@
$(FUZZ_OBJDIR)/%.o: %.cpp
	@mkdir -p $(dir $@)
	clang++ -O1 -g -std=c++17 -fsanitize=fuzzer-no-link,address,undefined $(INCLUDES) -c $< -o $@
$(FUZZ_OBJDIR)/ijg%.o: $(IJG_SRC)
	@mkdir -p $(dir $@)
	clang $(FUZZ_LIB_CFLAGS) -DIJG_BITS=$* -I/usr/include/gdcm-3.0/gdcmjpeg/$* -I/usr/include/gdcm-3.0/gdcmjpeg -c $< -o $@
build/fuzz/%: tests/fuzz/%.c $(FUZZ_OBJS)
	@mkdir -p build/fuzz
	clang++ $(FUZZ_CFLAGS) -x c $< -x none -o $@ $(FUZZ_OBJS) $(LIBS)
-include $(shell find build/fuzz/obj -name '*.d' 2>/dev/null)

dict:
	/usr/bin/python3 scripts/gen_dict.py > src/dicom/dict_table.c.tmp
	mv src/dicom/dict_table.c.tmp src/dicom/dict_table.c

bench: release
	@bench/run.sh $(if $(N),N=$(N))

clean:
	rm -rf build
