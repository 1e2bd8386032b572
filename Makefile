# The two commands of the README, and a few more. Everything goes through CMake.
#   make demo    install what is missing, build (Release), check the sample article
#   make test    install what is missing, build, run the whole suite (Release and ASan+UBSan)
#   make bench   build, then measure throughput against hunspell, aspell and codespell
#   make install install mtlint and its data under PREFIX (default /usr/local)

JOBS ?= $(shell nproc)
PREFIX ?= /usr/local
SAMPLE := corpus/dev/000_672c8eb654738f91.txt

.PHONY: deps build demo test test-release test-asan bench install format clean

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@cmake --build build/release -j $(JOBS)

# Findings are what the demo is for: exit code 1 is not a failure here.
demo: build
	@build/release/src/mtlint check $(SAMPLE); status=$$?; [ $$status -le 1 ] || exit $$status

test: test-release test-asan

test-release: build
	@cd build/release && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	@cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTLINT_SANITIZE=ON >/dev/null
	@cmake --build build/asan -j $(JOBS)
	@cd build/asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

bench: build
	@scripts/install-deps --bench
	@bench/run

install: build
	@cmake --install build/release

format:
	@git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'bench/*.cpp' | xargs clang-format -i

clean:
	@rm -rf build
