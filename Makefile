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
#   make symcheck     -X dump-symtable of the same files vs python3.11's symtable
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
# compress: zlib, _bz2, _lzma, _hashlib link the system libraries
LDLIBS   := -lgmp -lgc -lm -lz -lbz2 -llzma -lcrypto

REL_CFLAGS   := $(BASEFLAGS) -O2 -g
DEBUG_CFLAGS := $(BASEFLAGS) -O0 -g -DKR_DEBUG
ASAN_CFLAGS  := $(BASEFLAGS) -O1 -g -DKR_DEBUG -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ASAN_LDFLAGS := -fsanitize=address,undefined
STRESS_CFLAGS := $(BASEFLAGS) -O1 -g -DKR_DEBUG -DKR_GC_STRESS

.PHONY: all release debug asan stress unit test test-asan test-stress symcheck fuzz-run-% run deps astcheck fuzz fuzz-run regen check-regen clean bench-parse
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
# Unit-test data generated from python3.11 at build time (too big to commit).
UNIT_DATA := build/gen/numfmt_cases.txt
build/gen/numfmt_cases.txt: tools/gen_numfmt_tests.py
	@mkdir -p build/gen
	$(PYTHON) tools/gen_numfmt_tests.py $@
unit: $(UNIT_TESTS) $(UNIT_DATA)
	@for t in $(UNIT_TESTS); do $$t || exit 1; done

test: build/krait unit
	$(PYTHON) tests/run.py --krait build/krait

test-asan: build/asan/krait
	ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tests/run.py --krait build/asan/krait

# The GC stress build collects at every allocation: slow, so it runs the
# suites that execute code (the front-end suites only parse).
test-stress: build/stress/krait
	$(PYTHON) tests/run.py --timeout 120 --krait build/stress/krait lang errors

deps:
	@tools/install-deps.sh --if-missing

run: deps
	@$(MAKE) --no-print-directory -j$(JOBS) build/krait
	build/krait examples/hello.py

astcheck: build/krait
	$(PYTHON) tools/astcheck.py --krait build/krait

# Symbol tables of every stdlib file vs python3.11's symtable module (and
# co_flags/co_cellvars/co_freevars of the code python3.11 compiles), then the
# symtable-stage SyntaxErrors of tests/symtable/ printed byte for byte.
symcheck: build/krait
	$(PYTHON) tools/symcheck.py --krait build/krait
	$(PYTHON) tools/symcheck.py --render --krait build/krait tests/symtable

# libFuzzer targets: tests/fuzz/fuzz_<name>.c linked with every library
# source, built with clang, ASan and UBSan.  Each target's committed seed
# corpus is tests/fuzz/corpus_<name>.tar.gz (a libFuzzer-minimised set, kept
# as one archive rather than thousands of tiny files), plus the test
# programs for the parser.
FUZZ_TARGETS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_CFLAGS  := -std=c11 -D_GNU_SOURCE -iquote src -iquote build/gen -O1 -g -DKR_DEBUG \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_SECONDS ?= 60
# tests/fuzz/regress holds every input a fuzzer once crashed on; both
# targets start from it, so a regression fails at once.
FUZZ_EXTRA_SEEDS_parse := tests/ast tests/syntax tests/fuzz/regress
FUZZ_EXTRA_SEEDS_compile := tests/ast tests/lang tests/symtable tests/fuzz/regress
FUZZ_EXTRA_SEEDS_exec := tests/lang tests/fuzz/regress
fuzz: $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRCS) $(GEN)
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -o $@ $< $(LIB_SRCS) $(LDLIBS)
# Run each target for FUZZ_SECONDS; new inputs go to build/fuzz/work_<name>,
# a crash's input to build/fuzz/crash-*.
define fuzz_run_rule
fuzz-run-$(1): build/fuzz/fuzz_$(1)
	@mkdir -p build/fuzz/work_$(1) build/fuzz/seeds_$(1)
	@if [ -f tests/fuzz/corpus_$(1).tar.gz ]; then tar -xzf tests/fuzz/corpus_$(1).tar.gz -C build/fuzz/seeds_$(1); fi
	@echo "fuzzing $(1) for $(FUZZ_SECONDS)s"
	@build/fuzz/fuzz_$(1) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
	    build/fuzz/work_$(1) build/fuzz/seeds_$(1) $(FUZZ_EXTRA_SEEDS_$(1)) \
	    > build/fuzz/$(1).log 2>&1 || (tail -40 build/fuzz/$(1).log; exit 1)
	@grep -E "^Done|stat::number_of_executed_units|stat::peak_rss" build/fuzz/$(1).log
endef
$(foreach t,$(FUZZ_TARGETS),$(eval $(call fuzz_run_rule,$(t))))
fuzz-run: $(patsubst %,fuzz-run-%,$(FUZZ_TARGETS))

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

# Measurement (bench/harness.py, tools/conformance.py).  krait failing to build
# or to run a program is reported in the tables, never stops the run.
#   make bench [BENCH=nbody,startup] [BENCH_RUNS=5] [BENCH_FLAGS=--no-callgrind]
#                      time every bench/*.py on krait, python3.11, pypy3 -> bench/RESULTS.md
#   make bench-check   each benchmark's self-check once, at its tiny size, on build/krait
#   make conformance [CONF_FLAGS=--stages=S1a]
#                      CPython's test modules, one krait process each -> docs/conformance.md
BENCH       ?=
BENCH_RUNS  ?= 5
BENCH_FLAGS ?=
CONF_FLAGS  ?=
.PHONY: bench bench-check conformance
bench:
	-@$(MAKE) --no-print-directory -j$(JOBS) build/krait
	$(PYTHON) bench/harness.py --krait build/krait --runs $(BENCH_RUNS) $(if $(BENCH),--bench $(BENCH)) $(BENCH_FLAGS)
bench-check: build/krait
	$(PYTHON) bench/harness.py --check --krait build/krait
conformance:
	-@$(MAKE) --no-print-directory -j$(JOBS) build/krait
	$(PYTHON) tools/conformance.py --krait build/krait $(CONF_FLAGS)
