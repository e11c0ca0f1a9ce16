# The two commands a new machine needs:
#   make serve   install what is missing, build, and serve the app on http://127.0.0.1:8080
#   make test    install what is missing, then run every test layer
# Also: make bench (sizes and load times), make build (release build into dist/).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: serve test bench build setup setup-test

# No auto-reload: trunk would inject a live-reload script after the build, which the app's
# Content-Security-Policy (scripts/post-build.mjs) rightly refuses. Rebuilds still happen on save.
serve: setup
	scripts/trunk.sh serve --release --offline --no-autoreload

test: setup-test
	scripts/test.sh

bench: setup-test
	scripts/bench.sh

build: setup
	scripts/trunk.sh build --release --offline

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test
