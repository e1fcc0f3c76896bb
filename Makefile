# fcdoc — two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make demo   renders the example centres and counties into output/
#   make test   runs every test (unit, end to end with the ODF oracles in ../shared/tools)
# and `make install [PREFIX=/usr/local]` installs the two programs, fcdoc and fcdoc-serve.
# Both install the system packages that are missing first (with sudo when not root).

APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libicu-dev liblzma-dev libxml2-utils \
                libreoffice-writer-nogui poppler-utils python3-jsonschema python3-yaml \
                fonts-liberation2 chromium chromium-driver librsvg2-2 strace curl
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FCDOC := .build/debug/fcdoc
DEMO_FILES := fixtures/vindeln.yaml fixtures/jamtlands-lan/ostersund-lugnvik.yaml \
              fixtures/jonkopings-lan/county.yaml fixtures/jamtlands-lan/county.yaml \
              fixtures/reports/vindeln-2024.yaml fixtures/reports/vindeln-2025.yaml \
              fixtures/jamtlands-lan/reports/ostersund-lugnvik-2024.yaml fixtures/jamtlands-lan/reports/ostersund-lugnvik-2025.yaml

.PHONY: all deps build demo test install install-test golden lint bench fuzz clean

all: build

deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi
	@# The python3 first on PATH (e.g. pyenv's) may not be Debian's: give it the schema checker's modules
	@# and python-docx (the DOCX tests' second reader).
	@python3 -c "import jsonschema, yaml, docx" 2>/dev/null || python3 -m pip install --quiet jsonschema pyyaml python-docx
	@# The PDF and HTML oracles: pikepdf, selenium, and axe-core's axe.min.js from a wheel whose
	@# playwright dependency is not needed.
	@python3 -c "import pikepdf, selenium" 2>/dev/null || python3 -m pip install --quiet pikepdf selenium
	@python3 -c "import axe_playwright_python" 2>/dev/null || python3 -m pip install --quiet --no-deps axe-playwright-python

build: deps
	swift build

demo: build
	@for file in $(DEMO_FILES); do \
	  $(FCDOC) render $$file --format odt,html,md,pdf --out output || exit 1; \
	done
	$(FCDOC) form self-reflection --format odt,html,pdf --out output
	$(FCDOC) form parent-survey --format odt,html,pdf --out output
	$(FCDOC) calendar fixtures/vindeln.yaml --year 2026 --out output
	@echo "Open output/vindeln/samverkansavtal.pdf, output/jonkopings-lan/lanssamordnare.html"
	@echo "or output/vindeln/verksamhetsberattelse-2025.pdf to read the result."

test: build
	swift test
	scripts/install-test.sh

# Rewrites the golden files (Tests/Golden: every writer's output for the reference document, the
# --help of every command; fixtures/invalid: each mistake's diagnostics, NAME.expected in English
# and NAME.sv.expected in Swedish) after a deliberate change; review `git diff`, commit.
golden: build
	FCDOC_UPDATE_GOLDEN=1 swift test --filter 'GoldenWriterTests|DiffGoldenTests|HelpSnapshotTests|ValidationTests'

# swift-format ships with the Swift toolchain; .swift-format holds the rules.
lint:
	swift format lint --strict --recursive Sources Tests

# The release build links the Swift runtime and Foundation into the program: one file to hand
# out, and a start-up about 3 ms shorter than loading a dozen shared libraries. Linked as a
# position-dependent executable (-no-pie), the loader has 12,000 relative relocations to apply
# instead of 99,000 (most of its start-up time and the copy-on-write page faults they cause):
# 2.5–3 ms less CPU time per run, 12–15 % of rendering one agreement. (libxml2, with the ICU and
# liblzma it calls, and cmark-gfm come from their static archives in every release build:
# `cLibraries` in Package.swift.)
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -no-pie

# The programs to hand out: release builds with the Swift runtime linked in and the templates,
# examples and the web application's files compiled in, stripped, into PREFIX/bin. They need
# only libc, libstdc++ and zlib (LibreOffice for PDF, librsvg for DOCX charts).
PREFIX ?= /usr/local
install:
	swift build $(RELEASE_FLAGS) --product fcdoc
	swift build $(RELEASE_FLAGS) --product fcdoc-serve
	@bin="$(DESTDIR)$(PREFIX)/bin"; sudo=""; \
	mkdir -p "$$bin" 2>/dev/null && [ -w "$$bin" ] || sudo="$(SUDO)"; \
	set -x; $$sudo install -d "$$bin" && $$sudo install -s -m 755 .build/release/fcdoc .build/release/fcdoc-serve "$$bin/"

# make install into a temporary folder, then the copied programs render Vindeln outside the
# checkout without opening a file of it (strace); part of make test.
install-test:
	scripts/install-test.sh

# Release build; synthetic counties of 30, 300 and 1000 centres; a comparison with pandoc.
bench: deps
	@command -v pandoc >/dev/null || { $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends pandoc; }
	@# fcdoc-bench asks the server over HTTP (URLSession): statically linked, it needs libcurl's link library.
	@dpkg-query -W -f='$${Status}' libcurl4-openssl-dev 2>/dev/null | grep -q "install ok installed" || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libcurl4-openssl-dev
	swift build $(RELEASE_FLAGS) --product fcdoc
	swift build $(RELEASE_FLAGS) --product fcdoc-serve
	swift build $(RELEASE_FLAGS) --product fcdoc-bench
	.build/release/fcdoc-bench $(BENCH_SIZES)

# libFuzzer over loading, validation and rendering; FUZZ_SECONDS bounds the run (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	swift build --scratch-path .build-fuzz --product fcdoc-fuzz -Xswiftc -sanitize=fuzzer,address \
	  -Xswiftc -DFUZZING
	@# The seed corpus: every fixture, valid and invalid, and the examples (a profile among them).
	@# Named by their path, so that two files of one name are both kept.
	mkdir -p .build-fuzz/corpus && for f in $$(find fixtures examples -name '*.yaml'); do \
	  cp "$$f" .build-fuzz/corpus/"$$(echo "$$f" | tr / _)"; done
	@# A trap is reported by libFuzzer itself; Swift's own backtracer, run under the address sanitizer,
	@# would report its reading of the stack instead of the trap.
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp .build-fuzz/debug/fcdoc-fuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -timeout=10 -rss_limit_mb=2048

clean:
	rm -rf .build output/*/
