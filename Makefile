# krait -- one makefile, several build modes.
#
#   make              optimised build: build/krait (-O2, -Wall -Wextra -Werror)
#   make debug        assertions on, -O0:            build/debug/krait
#   make asan         AddressSanitizer + UBSan:      build/asan/krait
#   make stress       GC at every allocation:        build/stress/krait
#   make test         the test suite against build/krait (expected output from python3.11)
#   make test-asan    the test suite against build/asan/krait
#   make run          install dependencies if missing, build, run examples/hello.py
#   make astcheck     -X dump-ast of every .py under /usr/lib/python3.11 vs python3.11
#   make fuzz         build the libFuzzer targets (FUZZ_SECONDS=N make fuzz-run runs them)
#   make regen        regenerate committed generated sources (tools/gen_*.py)
#
# Generated sources: src/parse/ast_gen.[ch] are committed (tools/gen_ast.py);
# the Unicode database is generated at build time into build/gen/ from
# python3.11's own unicodedata (Unicode 14.0, as CPython 3.11).

PYTHON  ?= /usr/bin/python3.11
CC      ?= cc
CLANG   ?= clang
JOBS    ?= $(shell nproc)

SRC_DIRS := src/core src/parse src/compile src/vm src/objects src/gc src/modules src/api
SRCS     := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c)) src/main.c
LIB_SRCS := $(filter-out src/main.c,$(SRCS))
GEN      := build/gen/unicode_db.h

WARN     := -Wall -Wextra -Werror -Wno-unused-parameter
BASEFLAGS := -std=c11 -D_GNU_SOURCE -iquote src -iquote build/gen $(WARN) -MMD -MP
LDLIBS   := -lgmp -lgc -lm

REL_CFLAGS   := $(BASEFLAGS) -O2 -g
DEBUG_CFLAGS := $(BASEFLAGS) -O0 -g -DKR_DEBUG
ASAN_CFLAGS  := $(BASEFLAGS) -O1 -g -DKR_DEBUG -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ASAN_LDFLAGS := -fsanitize=address,undefined
STRESS_CFLAGS := $(BASEFLAGS) -O1 -g -DKR_DEBUG -DKR_GC_STRESS

.PHONY: all release debug asan stress unit test test-asan test-stress run deps astcheck fuzz fuzz-run regen check-regen clean bench-parse
all: release

release: build/krait
debug: build/debug/krait
asan: build/asan/krait
stress: build/stress/krait

define mode_rules
# $(1) = output dir, $(2) = cflags, $(3) = ldflags
$(1)/obj/%.o: src/%.c $(GEN)
	@mkdir -p $$(dir $$@)
	$$(CC) $(2) -c $$< -o $$@
$(1)/krait: $(patsubst src/%.c,$(1)/obj/%.o,$(SRCS))
	$$(CC) $(3) -o $$@ $$^ $$(LDLIBS)
-include $(patsubst src/%.c,$(1)/obj/%.d,$(SRCS))
endef

$(eval $(call mode_rules,build,$(REL_CFLAGS),))
$(eval $(call mode_rules,build/debug,$(DEBUG_CFLAGS),))
$(eval $(call mode_rules,build/asan,$(ASAN_CFLAGS),$(ASAN_LDFLAGS)))
$(eval $(call mode_rules,build/stress,$(STRESS_CFLAGS),))

build/gen/unicode_db.h: tools/gen_unicode.py
	@mkdir -p build/gen
	$(PYTHON) tools/gen_unicode.py $@

# C unit tests of internals: tests/unit/test_<name>.c, each a main() linked
# with the library objects, run before the program tests.
UNIT_TESTS := $(patsubst tests/unit/%.c,build/unit/%,$(wildcard tests/unit/test_*.c))
build/unit/%: tests/unit/%.c $(patsubst src/%.c,build/obj/%.o,$(LIB_SRCS))
	@mkdir -p build/unit
	$(CC) $(REL_CFLAGS) -o $@ $^ $(LDLIBS)
unit: $(UNIT_TESTS)
	@for t in $(UNIT_TESTS); do $$t || exit 1; done

test: build/krait unit
	$(PYTHON) tests/run.py --krait build/krait

test-asan: build/asan/krait
stress: build/stress/krait
	ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tests/run.py --krait build/asan/krait

deps:
	@tools/install-deps.sh --if-missing

run: deps
	@$(MAKE) --no-print-directory -j$(JOBS) build/krait
	build/krait examples/hello.py

astcheck: build/krait
	$(PYTHON) tools/astcheck.py --krait build/krait

# libFuzzer targets: tests/fuzz/fuzz_<name>.c linked with every library
# source, built with clang, ASan and UBSan.  Seed corpora: tests/fuzz/corpus/<name>/.
FUZZ_TARGETS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_CFLAGS  := -std=c11 -D_GNU_SOURCE -iquote src -iquote build/gen -O1 -g -DKR_DEBUG \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_SECONDS ?= 60
fuzz: $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRCS) $(GEN)
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -o $@ $< $(LIB_SRCS) $(LDLIBS)
# Run each target for FUZZ_SECONDS on a scratch copy of its committed seeds.
fuzz-run: fuzz
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/work_$$t; \
	    echo "fuzzing $$t for $(FUZZ_SECONDS)s"; \
	    build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	        -max_len=65536 -print_final_stats=1 build/fuzz/work_$$t tests/fuzz/corpus/$$t \
	        || exit 1; \
	done

bench-parse: build/krait
	$(PYTHON) tools/bench_parse.py --krait build/krait

regen:
	$(PYTHON) tools/gen_ast.py
	$(PYTHON) tools/gen_codecs.py

check-regen:
	$(PYTHON) tools/gen_ast.py --check
	$(PYTHON) tools/gen_codecs.py --check

clean:
	rm -rf build
