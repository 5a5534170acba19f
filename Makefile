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

CC      ?= cc
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wformat=2 -Wno-unused-parameter -Wvla
CSTD    := -std=c11 -D_GNU_SOURCE
INCLUDES:= -Isrc
LIBS    := -lz -lm -lpthread

SRC     := $(filter-out src/main.c,$(shell find src -name '*.c' | sort))
TESTS   := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

RELEASE_CFLAGS := -O2 -g $(WARN) $(CSTD) $(INCLUDES)
ASAN_CFLAGS    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                  -fno-sanitize-recover=undefined $(WARN) $(CSTD) $(INCLUDES)

.PHONY: all release asan unit test fuzz dict bench clean

all: release

define build_variant
build/$(1)/obj/%.o: %.c
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -MMD -MP -c $$< -o $$@

build/$(1)/libtessera.a: $$(patsubst %.c,build/$(1)/obj/%.o,$$(SRC))
	@rm -f $$@
	ar rcs $$@ $$^

build/$(1)/tessera: build/$(1)/obj/src/main.o build/$(1)/libtessera.a
	$$(CC) $(2) -o $$@ $$^ $(LIBS)

build/$(1)/tests/%: build/$(1)/obj/tests/unit/%.o build/$(1)/libtessera.a
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -o $$@ $$^ $(LIBS)

-include $$(shell find build/$(1)/obj -name '*.d' 2>/dev/null)
endef

$(eval $(call build_variant,release,$(RELEASE_CFLAGS)))
$(eval $(call build_variant,asan,$(ASAN_CFLAGS)))

release: build/release/tessera $(addprefix build/release/tests/,$(TESTS))
asan: build/asan/tessera $(addprefix build/asan/tests/,$(TESTS))

unit: release asan
	@scripts/run-unit.sh

test:
	@scripts/test.sh

# Fuzz targets: clang's libFuzzer with ASan + UBSan.
FUZZ_CFLAGS := -O1 -g -fsanitize=fuzzer,address,undefined $(CSTD) $(INCLUDES) -Wall -Wextra -Werror -Wno-unused-parameter
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz: $(FUZZ_TARGETS)
build/fuzz/%: tests/fuzz/%.c $(SRC) $(shell find src -name '*.h')
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -o $@ $< $(SRC) $(LIBS)

dict:
	/usr/bin/python3 scripts/gen_dict.py > src/dicom/dict_table.c.tmp
	mv src/dicom/dict_table.c.tmp src/dicom/dict_table.c

bench: release
	@bench/run.sh $(if $(N),N=$(N))

clean:
	rm -rf build
