# Foyer: the two commands (make run, make test) and make bench. See README.md.
# Every target first installs the Debian packages that are missing (packaging/deps/).

BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
BENCH_DIR ?= build-release
CONFIG ?= config/foyer.toml
CMAKE_ARGS ?=
CTEST_JOBS ?= 2

# The face-match tests need a face-embedding model that Foyer does not ship (docs/photo.md): fetched
# from npm into the user's cache; offline, those tests are skipped and say why.
FACE_MODEL_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/foyer/face-model

FUZZ_DIR ?= build-fuzz
FUZZ_RUNS ?= 1000000
FUZZERS := config catalogue bidi mrz ber_tlv sm_response apdu playlist escpos_status escpos_stream zvt_apdu

.PHONY: all deps configure build run test test-main test-sanitize test-fuzz test-data bench fuzz clean help

all: build

help:
	@echo "make run    install what is missing, build, start the kiosk on simulated devices"
	@echo "            (full screen with a display; headless PNGs in run/screens/ without)"
	@echo "make test   install, build, run every test; again with ASan+UBSan; a short fuzz run"
	@echo "make bench  build optimised and print frame-time, start-up and chip-read figures"
	@echo "make fuzz   build the libFuzzer targets with clang and run each FUZZ_RUNS times"

deps:
	@packaging/deps/install-deps.sh
	@packaging/deps/build-libnfc-pcsc.sh build-deps/libnfc-pcsc

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOYER_WERROR=ON $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR)

# The kiosk with the simulated devices (pcscd + vpcd + simulated passport, camera picture from assets/).
run: build
	packaging/run/run-kiosk-simulated.sh $(BUILD_DIR) $(CONFIG) --screens-dir run/screens

test: test-fuzz test-main test-sanitize

# A short fuzz run of every target: a parser that crashes on odd input fails the tests.
test-fuzz:
	@$(MAKE) --no-print-directory fuzz FUZZ_RUNS=50000

test-data:
	@tests/data/photo/fetch-face-model.sh "$(FACE_MODEL_DIR)" >/dev/null || \
	  echo "test-data: no face model (offline?): the face-match tests will be skipped"

test-main: build test-data
	FOYER_FACE_MODEL_DIR="$(FACE_MODEL_DIR)" ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(CTEST_JOBS)

# The same tests built with AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: deps test-data
	@cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFOYER_SANITIZE=ON -DFOYER_WERROR=ON \
	  -DFOYER_BUILD_BENCH=OFF $(CMAKE_ARGS) >/dev/null
	@cmake --build $(SANITIZE_DIR)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 FOYER_FACE_MODEL_DIR="$(FACE_MODEL_DIR)" \
	  ctest --test-dir $(SANITIZE_DIR) --output-on-failure -j $(CTEST_JOBS)

bench: deps test-data
	@cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS) >/dev/null
	@cmake --build $(BENCH_DIR) --target foyer_bench foyer-kiosk foyer_chip_bench foyer-emrtd-sim
	SDL_VIDEODRIVER=offscreen FOYER_FACE_MODEL_DIR="$(FACE_MODEL_DIR)" $(BENCH_DIR)/tests/foyer_bench --benchmark_counters_tabular=true
	$(BENCH_DIR)/tests/foyer_chip_bench --benchmark_counters_tabular=true

# Every parser of outside bytes has a libFuzzer target in tests/fuzz; seeds in tests/fuzz/corpus/<name>.
fuzz: deps
	@cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-16 \
	  -DCMAKE_CXX_COMPILER=clang++-16 -DFOYER_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_DIR)
	@for name in $(FUZZERS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$name; \
	  echo "fuzz: $$name ($(FUZZ_RUNS) runs)"; \
	  if $(FUZZ_DIR)/tests/fuzz/$${name}_fuzz -runs=$(FUZZ_RUNS) -max_len=8192 -print_final_stats=1 \
	      -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus/$$name tests/fuzz/corpus/$$name > $(FUZZ_DIR)/$$name.log 2>&1; then \
	    grep -E "^(Done|stat::number_of_executed_units)" $(FUZZ_DIR)/$$name.log; \
	  else \
	    tail -40 $(FUZZ_DIR)/$$name.log; echo "fuzz: $$name FAILED (crash input in $(FUZZ_DIR)/)"; exit 1; \
	  fi; \
	done

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(BENCH_DIR) $(FUZZ_DIR) run
