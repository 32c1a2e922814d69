;; SIMD kernels for the training worker (see package nn, kernels_simd.go):
;; the dense and convolution layers' loops, ReLU, 2×2 max pooling and the
;; optimizers' updates.
;;
;; Go compiles to WebAssembly without SIMD, so the hot loops of a training
;; step run one float at a time there. This module holds those loops written
;; with 128-bit SIMD (four float32 lanes). It imports the Go module's memory,
;; so it works on Go's slices in place: Go passes the byte addresses of
;; their first elements.
;;
;; Every lane does exactly the float32 operations of the Go loop it
;; replaces, in the same order (WebAssembly SIMD has no fused multiply-add),
;; so the results are bit for bit those of the Go kernels.
;;
;; Lengths that are multiples of 4 only: the caller checks.
(module
  (import "go" "mem" (memory 1))

  ;; denseForward: for each of rows rows, y[r,:] = b + Σ_i x[r,i]·w[i,:],
  ;; adding the terms in order of i and skipping zero x[r,i].
  ;; x is rows×in, w in×out, b out, y rows×out; out a multiple of 4.
  (func (export "denseForward")
    (param $x i32) (param $w i32) (param $b i32) (param $y i32)
    (param $rows i32) (param $in i32) (param $out i32)
    (local $rowBytes i32) (local $r i32) (local $yr i32) (local $xr i32)
    (local $i i32) (local $a f32)
    (local.set $rowBytes (i32.shl (local.get $out) (i32.const 2)))
    (local.set $yr (local.get $y))
    (local.set $xr (local.get $x))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
        (memory.copy (local.get $yr) (local.get $b) (local.get $rowBytes))
        (local.set $i (i32.const 0))
        (block $inDone
          (loop $inLoop
            (br_if $inDone (i32.ge_u (local.get $i) (local.get $in)))
            (local.set $a (f32.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 2)))))
            (if (f32.ne (local.get $a) (f32.const 0))
              (then
                (call $axpy (local.get $a)
                  (i32.add (local.get $w) (i32.mul (local.get $i) (local.get $rowBytes)))
                  (local.get $yr) (local.get $rowBytes))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $inLoop)))
        (local.set $yr (i32.add (local.get $yr) (local.get $rowBytes)))
        (local.set $xr (i32.add (local.get $xr) (i32.shl (local.get $in) (i32.const 2))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rowLoop))))

  ;; denseWeightGrad: for each row r and each non-zero x[r,i], in that
  ;; order, gw[i,:] += x[r,i]·dy[r,:]. x is rows×in, dy rows×out, gw in×out.
  (func (export "denseWeightGrad")
    (param $x i32) (param $dy i32) (param $gw i32)
    (param $rows i32) (param $in i32) (param $out i32)
    (local $rowBytes i32) (local $r i32) (local $dyr i32) (local $xr i32)
    (local $i i32) (local $a f32)
    (local.set $rowBytes (i32.shl (local.get $out) (i32.const 2)))
    (local.set $dyr (local.get $dy))
    (local.set $xr (local.get $x))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $i (i32.const 0))
        (block $inDone
          (loop $inLoop
            (br_if $inDone (i32.ge_u (local.get $i) (local.get $in)))
            (local.set $a (f32.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 2)))))
            (if (f32.ne (local.get $a) (f32.const 0))
              (then
                (call $axpy (local.get $a) (local.get $dyr)
                  (i32.add (local.get $gw) (i32.mul (local.get $i) (local.get $rowBytes)))
                  (local.get $rowBytes))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $inLoop)))
        (local.set $dyr (i32.add (local.get $dyr) (local.get $rowBytes)))
        (local.set $xr (i32.add (local.get $xr) (i32.shl (local.get $in) (i32.const 2))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rowLoop))))

  ;; denseInputGrad: dx[r,i] = w[i,:]·dy[r,:] for every row r and input i,
  ;; summed as nn.dotGo sums: four partial sums, one per lane (element k goes
  ;; to sum k mod 4), then (s0+s1)+(s2+s3). w is in×out, dy rows×out, dx
  ;; rows×in; out a multiple of 4. Two inputs at a time, so that two chains
  ;; of additions overlap.
  (func (export "denseInputGrad")
    (param $w i32) (param $dy i32) (param $dx i32)
    (param $rows i32) (param $in i32) (param $out i32)
    (local $rowBytes i32) (local $r i32) (local $dyr i32) (local $dxr i32)
    (local $i i32) (local $wi i32) (local $k i32) (local $d v128)
    (local $s v128) (local $t v128)
    (local.set $rowBytes (i32.shl (local.get $out) (i32.const 2)))
    (local.set $dyr (local.get $dy))
    (local.set $dxr (local.get $dx))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $i (i32.const 0))
        (local.set $wi (local.get $w))
        ;; pairs of inputs
        (block $pairsDone
          (loop $pairLoop
            (br_if $pairsDone (i32.gt_u (i32.add (local.get $i) (i32.const 2)) (local.get $in)))
            (local.set $s (v128.const i32x4 0 0 0 0))
            (local.set $t (v128.const i32x4 0 0 0 0))
            (local.set $k (i32.const 0))
            (block $kDone
              (loop $kLoop
                (br_if $kDone (i32.ge_u (local.get $k) (local.get $rowBytes)))
                (local.set $d (v128.load (i32.add (local.get $dyr) (local.get $k))))
                (local.set $s (f32x4.add (local.get $s)
                  (f32x4.mul (v128.load (i32.add (local.get $wi) (local.get $k))) (local.get $d))))
                (local.set $t (f32x4.add (local.get $t)
                  (f32x4.mul (v128.load (i32.add (i32.add (local.get $wi) (local.get $rowBytes)) (local.get $k))) (local.get $d))))
                (local.set $k (i32.add (local.get $k) (i32.const 16)))
                (br $kLoop)))
            (f32.store (i32.add (local.get $dxr) (i32.shl (local.get $i) (i32.const 2))) (call $lanesum (local.get $s)))
            (f32.store offset=4 (i32.add (local.get $dxr) (i32.shl (local.get $i) (i32.const 2))) (call $lanesum (local.get $t)))
            (local.set $wi (i32.add (local.get $wi) (i32.shl (local.get $rowBytes) (i32.const 1))))
            (local.set $i (i32.add (local.get $i) (i32.const 2)))
            (br $pairLoop)))
        ;; the last input when in is odd
        (if (i32.lt_u (local.get $i) (local.get $in))
          (then
            (local.set $s (v128.const i32x4 0 0 0 0))
            (local.set $k (i32.const 0))
            (block $kDone1
              (loop $kLoop1
                (br_if $kDone1 (i32.ge_u (local.get $k) (local.get $rowBytes)))
                (local.set $s (f32x4.add (local.get $s)
                  (f32x4.mul (v128.load (i32.add (local.get $wi) (local.get $k)))
                             (v128.load (i32.add (local.get $dyr) (local.get $k))))))
                (local.set $k (i32.add (local.get $k) (i32.const 16)))
                (br $kLoop1)))
            (f32.store (i32.add (local.get $dxr) (i32.shl (local.get $i) (i32.const 2))) (call $lanesum (local.get $s)))))
        (local.set $dyr (i32.add (local.get $dyr) (local.get $rowBytes)))
        (local.set $dxr (i32.add (local.get $dxr) (i32.shl (local.get $in) (i32.const 2))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rowLoop))))

  ;; sgd: one step of plain gradient descent on n floats (a multiple of 4),
  ;; as nn.sgdStep: w −= rate·(g + λ·w). Returns the sum of the new w.
  (func (export "sgd")
    (param $w i32) (param $g i32) (param $n i32) (param $rate f32) (param $lambda f32) (result f32)
    (local $k i32) (local $end i32) (local $rv v128) (local $lv v128) (local $wi v128) (local $sum v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $rv (f32x4.splat (local.get $rate)))
    (local.set $lv (f32x4.splat (local.get $lambda)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $wi (v128.load (i32.add (local.get $w) (local.get $k))))
        (local.set $wi (f32x4.sub (local.get $wi)
          (f32x4.mul (local.get $rv)
            (f32x4.add (v128.load (i32.add (local.get $g) (local.get $k)))
                       (f32x4.mul (local.get $lv) (local.get $wi))))))
        (v128.store (i32.add (local.get $w) (local.get $k)) (local.get $wi))
        (local.set $sum (f32x4.add (local.get $sum) (local.get $wi)))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (call $lanesum (local.get $sum)))

  ;; momentum: one step of SGD with momentum on n floats (a multiple of 4),
  ;; as nn.momentumStep:
  ;;   s = rate·(g + λ·w), v = μ·v − s, then w += μ·v − s (Nesterov) or w += v.
  ;; Returns the sum of the new w, as adam does.
  (func (export "momentum")
    (param $w i32) (param $g i32) (param $v i32) (param $n i32)
    (param $rate f32) (param $lambda f32) (param $mu f32) (param $nesterov i32) (result f32)
    (local $k i32) (local $end i32)
    (local $rv v128) (local $lv v128) (local $muv v128)
    (local $wi v128) (local $vi v128) (local $step v128) (local $sum v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $rv (f32x4.splat (local.get $rate)))
    (local.set $lv (f32x4.splat (local.get $lambda)))
    (local.set $muv (f32x4.splat (local.get $mu)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $wi (v128.load (i32.add (local.get $w) (local.get $k))))
        (local.set $step (f32x4.mul (local.get $rv)
          (f32x4.add (v128.load (i32.add (local.get $g) (local.get $k)))
                     (f32x4.mul (local.get $lv) (local.get $wi)))))
        (local.set $vi (f32x4.sub
          (f32x4.mul (local.get $muv) (v128.load (i32.add (local.get $v) (local.get $k))))
          (local.get $step)))
        (v128.store (i32.add (local.get $v) (local.get $k)) (local.get $vi))
        (if (local.get $nesterov)
          (then (local.set $wi (f32x4.add (local.get $wi)
            (f32x4.sub (f32x4.mul (local.get $muv) (local.get $vi)) (local.get $step)))))
          (else (local.set $wi (f32x4.add (local.get $wi) (local.get $vi)))))
        (v128.store (i32.add (local.get $w) (local.get $k)) (local.get $wi))
        (local.set $sum (f32x4.add (local.get $sum) (local.get $wi)))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (call $lanesum (local.get $sum)))

  ;; rmsprop: one RMSProp step on n floats (a multiple of 4), as
  ;; nn.rmspropStep: g' = g + λ·w, ms = 0.9·ms + (0.1·g')·g',
  ;; w −= (rate·g') / (√ms + 1e-7). Returns the sum of the new w.
  (func (export "rmsprop")
    (param $w i32) (param $g i32) (param $ms i32) (param $n i32)
    (param $rate f32) (param $lambda f32) (result f32)
    (local $k i32) (local $end i32)
    (local $rv v128) (local $lv v128)
    (local $wi v128) (local $gi v128) (local $mi v128) (local $sum v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $rv (f32x4.splat (local.get $rate)))
    (local.set $lv (f32x4.splat (local.get $lambda)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $wi (v128.load (i32.add (local.get $w) (local.get $k))))
        (local.set $gi (f32x4.add (v128.load (i32.add (local.get $g) (local.get $k)))
                                  (f32x4.mul (local.get $lv) (local.get $wi))))
        (local.set $mi (f32x4.add
          (f32x4.mul (v128.const f32x4 0.9 0.9 0.9 0.9) (v128.load (i32.add (local.get $ms) (local.get $k))))
          (f32x4.mul (f32x4.mul (v128.const f32x4 0.1 0.1 0.1 0.1) (local.get $gi)) (local.get $gi))))
        (v128.store (i32.add (local.get $ms) (local.get $k)) (local.get $mi))
        (local.set $wi (f32x4.sub (local.get $wi)
          (f32x4.div (f32x4.mul (local.get $rv) (local.get $gi))
                     (f32x4.add (f32x4.sqrt (local.get $mi)) (v128.const f32x4 1e-7 1e-7 1e-7 1e-7)))))
        (v128.store (i32.add (local.get $w) (local.get $k)) (local.get $wi))
        (local.set $sum (f32x4.add (local.get $sum) (local.get $wi)))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (call $lanesum (local.get $sum)))

  ;; lanesum returns (s0+s1)+(s2+s3), dotGo's final sum.
  (func $lanesum (param $s v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $s)) (f32x4.extract_lane 1 (local.get $s)))
      (f32.add (f32x4.extract_lane 2 (local.get $s)) (f32x4.extract_lane 3 (local.get $s)))))

  ;; axpy: y += a·x over bytes/4 floats (bytes a multiple of 16), as
  ;; y + a·x in each lane.
  (func $axpy (param $a f32) (param $x i32) (param $y i32) (param $bytes i32)
    (local $av v128) (local $k i32) (local $end16 i32)
    (local.set $av (f32x4.splat (local.get $a)))
    ;; four vectors at a time while they last, then one at a time
    (local.set $end16 (i32.and (local.get $bytes) (i32.const -64)))
    (block $done4
      (loop $loop4
        (br_if $done4 (i32.ge_u (local.get $k) (local.get $end16)))
        (v128.store offset=0 (i32.add (local.get $y) (local.get $k))
          (f32x4.add (v128.load offset=0 (i32.add (local.get $y) (local.get $k)))
                     (f32x4.mul (local.get $av) (v128.load offset=0 (i32.add (local.get $x) (local.get $k))))))
        (v128.store offset=16 (i32.add (local.get $y) (local.get $k))
          (f32x4.add (v128.load offset=16 (i32.add (local.get $y) (local.get $k)))
                     (f32x4.mul (local.get $av) (v128.load offset=16 (i32.add (local.get $x) (local.get $k))))))
        (v128.store offset=32 (i32.add (local.get $y) (local.get $k))
          (f32x4.add (v128.load offset=32 (i32.add (local.get $y) (local.get $k)))
                     (f32x4.mul (local.get $av) (v128.load offset=32 (i32.add (local.get $x) (local.get $k))))))
        (v128.store offset=48 (i32.add (local.get $y) (local.get $k))
          (f32x4.add (v128.load offset=48 (i32.add (local.get $y) (local.get $k)))
                     (f32x4.mul (local.get $av) (v128.load offset=48 (i32.add (local.get $x) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 64)))
        (br $loop4)))
    (block $done1
      (loop $loop1
        (br_if $done1 (i32.ge_u (local.get $k) (local.get $bytes)))
        (v128.store (i32.add (local.get $y) (local.get $k))
          (f32x4.add (v128.load (i32.add (local.get $y) (local.get $k)))
                     (f32x4.mul (local.get $av) (v128.load (i32.add (local.get $x) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop1))))

  ;; adam: one Adam step on n floats (a multiple of 4), as nn.adamStep:
  ;;   g' = g + λ·w (when λ ≠ 0), m += (g'−m)·0.1, v += (g'²−v)·0.001,
  ;;   w −= α·m / (√v + 1e-7).
  ;; Returns the sum of the new w, lane by lane and then across lanes: NaN
  ;; or ±Inf when a weight is (the caller's divergence test).
  (func (export "adam")
    (param $w i32) (param $g i32) (param $m i32) (param $v i32) (param $n i32)
    (param $alpha f32) (param $lambda f32) (result f32)
    (local $k i32) (local $end i32)
    (local $av v128) (local $lv v128) (local $gi v128) (local $mi v128) (local $vi v128)
    (local $wi v128) (local $sum v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $av (f32x4.splat (local.get $alpha)))
    (local.set $lv (f32x4.splat (local.get $lambda)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $wi (v128.load (i32.add (local.get $w) (local.get $k))))
        (local.set $gi (v128.load (i32.add (local.get $g) (local.get $k))))
        (if (f32.ne (local.get $lambda) (f32.const 0))
          (then (local.set $gi (f32x4.add (local.get $gi) (f32x4.mul (local.get $lv) (local.get $wi))))))
        (local.set $mi (v128.load (i32.add (local.get $m) (local.get $k))))
        (local.set $mi (f32x4.add (local.get $mi)
          (f32x4.mul (f32x4.sub (local.get $gi) (local.get $mi)) (v128.const f32x4 0.1 0.1 0.1 0.1))))
        (local.set $vi (v128.load (i32.add (local.get $v) (local.get $k))))
        (local.set $vi (f32x4.add (local.get $vi)
          (f32x4.mul (f32x4.sub (f32x4.mul (local.get $gi) (local.get $gi)) (local.get $vi))
                     (v128.const f32x4 0.001 0.001 0.001 0.001))))
        (v128.store (i32.add (local.get $m) (local.get $k)) (local.get $mi))
        (v128.store (i32.add (local.get $v) (local.get $k)) (local.get $vi))
        (local.set $wi (f32x4.sub (local.get $wi)
          (f32x4.div (f32x4.mul (local.get $av) (local.get $mi))
                     (f32x4.add (f32x4.sqrt (local.get $vi)) (v128.const f32x4 1e-7 1e-7 1e-7 1e-7)))))
        (v128.store (i32.add (local.get $w) (local.get $k)) (local.get $wi))
        (local.set $sum (f32x4.add (local.get $sum) (local.get $wi)))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (call $lanesum (local.get $sum)))

  ;; convForward: the convolution's forward pass, nn.conv2d.forward, for
  ;; rows images of inH×inW×C values (HWC) at x into rows outH×outW×F
  ;; outputs at y, a K×K kernel with stride 1 and pad zeros on each side.
  ;; wt holds the weights transposed (ky, kx, c, then filter, F floats for
  ;; each input of the window) and b the F biases. Each output position
  ;; starts at the biases and adds x·(its F weights) for every non-zero
  ;; input of its window, the kernel's rows in order and each row in order:
  ;; the order of nn.convAccumulateGo, so every lane's sums are the Go
  ;; loop's.
  ;;
  ;; Most inputs are zero (about 80% of MNIST's pixels, half the ReLU
  ;; outputs), and 128-bit lanes make a dense loop that masks them out
  ;; cost as much per input as the work it keeps. So each image's non-zero
  ;; inputs are listed first, at nz: for each, its value and three byte
  ;; offsets: of its weights in a kernel row of wt counted from the row's
  ;; first column, of its channel's (c·F·4) and of its column's outputs
  ;; (column·F·4) (16 bytes an entry, in HWC order), followed by the
  ;; address of each image row's first entry at or after each column
  ;; (inW+1 words a row). A window's row is then one run of entries, and
  ;; a position's filters go in groups of 16, 8 and 4 whose sums stay in
  ;; registers over the runs of its window ($nz16, $nz8, $nz4, a row of
  ;; positions a call): no test or branch per input. With fewer than 4
  ;; channels (the first layer) a window's row is too short for that to
  ;; pay, and $scatter adds each input to the positions that hold it
  ;; instead. nz holds inH·inW·C·4 + inH·(inW+1) words. F a multiple of 4,
  ;; rows positive.
  (func (export "convForward")
    (param $x i32) (param $wt i32) (param $b i32) (param $y i32) (param $nz i32) (param $rows i32)
    (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $F i32) (param $K i32) (param $pad i32)
    (local $fB i32) (local $wRowB i32) (local $csRowB i32) (local $cs i32)
    (local $xr i32) (local $yp i32) (local $oy i32) (local $ox i32)
    (local $kx0 i32) (local $kx1 i32) (local $ky0 i32) (local $ky1 i32)
    (local $nr i32) (local $j i32) (local $csw i32) (local $lo i32) (local $hi i32) (local $base i32)
    (local $e i32) (local $p i32) (local $iy i32) (local $ix i32) (local $c i32) (local $off i32)
    (local $cp i32) (local $v f32) (local $cfB i32)
    ;; bytes: the F outputs of a position (also the F weights of one input
    ;; in wt), a kernel row of wt, a row of column starts
    (local.set $fB (i32.shl (local.get $F) (i32.const 2)))
    (local.set $wRowB (i32.mul (i32.mul (local.get $K) (local.get $C)) (local.get $fB)))
    (local.set $csRowB (i32.shl (i32.add (local.get $inW) (i32.const 1)) (i32.const 2)))
    (local.set $cfB (i32.mul (local.get $C) (local.get $fB)))
    (local.set $cs (i32.add (local.get $nz)
      (i32.shl (i32.mul (i32.mul (local.get $inH) (local.get $inW)) (local.get $C)) (i32.const 4))))
    (local.set $xr (local.get $x))
    (local.set $yp (local.get $y))
    (loop $image
      ;; the image's non-zero inputs and each row's column starts
      (local.set $e (local.get $nz))
      (local.set $cp (local.get $cs))
      (local.set $p (local.get $xr))
      (local.set $iy (i32.const 0))
      (loop $inRow
        (local.set $off (i32.const 0))
        (local.set $ix (i32.const 0))
        (loop $inCol
          (i32.store (local.get $cp) (local.get $e))
          (local.set $cp (i32.add (local.get $cp) (i32.const 4)))
          (local.set $c (i32.const 0))
          (loop $inCh
            (local.set $v (f32.load (local.get $p)))
            (f32.store (local.get $e) (local.get $v))
            (i32.store offset=4 (local.get $e) (local.get $off))
            (i32.store offset=8 (local.get $e) (local.get $c))
            (i32.store offset=12 (local.get $e) (i32.mul (local.get $ix) (local.get $fB)))
            (local.set $e (i32.add (local.get $e) (i32.shl (f32.ne (local.get $v) (f32.const 0)) (i32.const 4))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (local.set $off (i32.add (local.get $off) (local.get $fB)))
            (local.set $c (i32.add (local.get $c) (local.get $fB)))
            (br_if $inCh (i32.lt_u (local.get $c) (local.get $cfB))))
          (local.set $ix (i32.add (local.get $ix) (i32.const 1)))
          (br_if $inCol (i32.lt_s (local.get $ix) (local.get $inW))))
        (i32.store (local.get $cp) (local.get $e))
        (local.set $cp (i32.add (local.get $cp) (i32.const 4)))
        (local.set $iy (i32.add (local.get $iy) (i32.const 1)))
        (br_if $inRow (i32.lt_s (local.get $iy) (local.get $inH))))
      (local.set $oy (i32.const 0))
      (loop $outRow
        ;; kernel rows [ky0, ky1) fall inside the image
        (local.set $ky0 (call $max0 (i32.sub (local.get $pad) (local.get $oy))))
        (local.set $ky1 (call $min (local.get $K) (i32.sub (i32.add (local.get $inH) (local.get $pad)) (local.get $oy))))
        (local.set $nr (i32.sub (local.get $ky1) (local.get $ky0)))
        ;; the column starts of the window's first row
        (local.set $csw (i32.add (local.get $cs) (i32.mul
          (i32.add (i32.sub (local.get $oy) (local.get $pad)) (local.get $ky0)) (local.get $csRowB))))
        ;; the row's positions, a group of filters at a time, or with
        ;; fewer than 4 channels, where a window's row is a few inputs,
        ;; by $scatter
        (local.set $j (select (local.get $fB) (i32.const 0) (i32.lt_u (local.get $C) (i32.const 4))))
        (if (local.get $j)
          (then
            (call $scatter (local.get $csw) (local.get $csRowB) (local.get $nr)
              (i32.add (local.get $wt) (i32.mul (local.get $ky0) (local.get $wRowB))) (local.get $wRowB)
              (local.get $b) (local.get $yp) (local.get $fB) (local.get $outW) (local.get $pad) (local.get $K) (local.get $C) (local.get $inW))))
        (block $filtersDone
          (loop $filters
            (br_if $filtersDone (i32.ge_u (local.get $j) (local.get $fB)))
            (if (i32.ge_u (i32.sub (local.get $fB) (local.get $j)) (i32.const 64))
              (then
                  (call $nz16 (local.get $csw) (local.get $csRowB) (local.get $nr)
                    (i32.add (i32.add (local.get $wt) (i32.mul (local.get $ky0) (local.get $wRowB))) (local.get $j)) (local.get $wRowB)
                    (i32.add (local.get $b) (local.get $j)) (i32.add (local.get $yp) (local.get $j)) (local.get $fB)
                    (local.get $outW) (local.get $pad) (local.get $K) (local.get $C) (local.get $inW))
                  (local.set $j (i32.add (local.get $j) (i32.const 64))))
              (else (if (i32.ge_u (i32.sub (local.get $fB) (local.get $j)) (i32.const 32))
                (then
                  (call $nz8 (local.get $csw) (local.get $csRowB) (local.get $nr)
                    (i32.add (i32.add (local.get $wt) (i32.mul (local.get $ky0) (local.get $wRowB))) (local.get $j)) (local.get $wRowB)
                    (i32.add (local.get $b) (local.get $j)) (i32.add (local.get $yp) (local.get $j)) (local.get $fB)
                    (local.get $outW) (local.get $pad) (local.get $K) (local.get $C) (local.get $inW))
                  (local.set $j (i32.add (local.get $j) (i32.const 32))))
                (else
                  (call $nz4 (local.get $csw) (local.get $csRowB) (local.get $nr)
                    (i32.add (i32.add (local.get $wt) (i32.mul (local.get $ky0) (local.get $wRowB))) (local.get $j)) (local.get $wRowB)
                    (i32.add (local.get $b) (local.get $j)) (i32.add (local.get $yp) (local.get $j)) (local.get $fB)
                    (local.get $outW) (local.get $pad) (local.get $K) (local.get $C) (local.get $inW))
                  (local.set $j (i32.add (local.get $j) (i32.const 16)))))))
            (br $filters)))
        (local.set $yp (i32.add (local.get $yp) (i32.mul (local.get $outW) (local.get $fB))))
        (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
        (br_if $outRow (i32.lt_s (local.get $oy) (local.get $outH))))
      (local.set $xr (i32.add (local.get $xr) (i32.shl (i32.mul (i32.mul (local.get $inH) (local.get $inW)) (local.get $C)) (i32.const 2))))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
      (br_if $image (local.get $rows))))

  ;; scatter: the sums of a row of outW positions (see convForward) for
  ;; inputs with few channels: the row starts at the biases b; then for
  ;; each of nr kernel rows (their column starts one every csRowB bytes
  ;; from csw, their weights one every wRowB bytes from wk, kernel row
  ;; ky0's), each entry of the input row adds its value times the weights
  ;; of its tap to each position whose window holds it. A position gets
  ;; its terms in convAccumulateGo's order: the kernel rows in order, and
  ;; within one, its inputs in order. The sums stay in memory (yp), but
  ;; each input costs no loop over the window's rows per position.
  (func $scatter
    (param $csw i32) (param $csRowB i32) (param $nr i32) (param $wk i32) (param $wRowB i32)
    (param $b i32) (param $yp i32) (param $fB i32) (param $outW i32) (param $pad i32)
    (param $K i32) (param $C i32) (param $inW i32)
    (local $rowB i32) (local $cfB i32) (local $q i32) (local $e i32) (local $end i32)
    (local $v v128) (local $w i32) (local $y i32) (local $kx i32) (local $padB i32)
    (local.set $rowB (i32.mul (local.get $outW) (local.get $fB)))
    (local.set $cfB (i32.mul (local.get $C) (local.get $fB)))
    (local.set $padB (i32.add (local.get $yp) (i32.mul (local.get $pad) (local.get $fB))))
    (local.set $q (i32.const 0))
    (loop $init
      (memory.copy (i32.add (local.get $yp) (local.get $q)) (local.get $b) (local.get $fB))
      (local.set $q (i32.add (local.get $q) (local.get $fB)))
      (br_if $init (i32.lt_u (local.get $q) (local.get $rowB))))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.le_s (local.get $nr) (i32.const 0)))
        (local.set $e (i32.load (local.get $csw)))
        (local.set $end (i32.load (i32.add (local.get $csw) (i32.shl (local.get $inW) (i32.const 2)))))
        (block $entriesDone
          (loop $entry
            (br_if $entriesDone (i32.ge_u (local.get $e) (local.get $end)))
            (local.set $v (v128.load32_splat (local.get $e)))
            ;; tap (0, c)'s weights, and the position whose tap it is
            (local.set $w (i32.add (local.get $wk) (i32.load offset=8 (local.get $e))))
            (local.set $y (i32.add (local.get $padB) (i32.load offset=12 (local.get $e))))
            (local.set $kx (local.get $K))
            (loop $tap
              (if (i32.lt_u (i32.sub (local.get $y) (local.get $yp)) (local.get $rowB))
                (then
                  (local.set $q (i32.const 0))
                  (loop $group
                    (v128.store (i32.add (local.get $y) (local.get $q))
                      (f32x4.add (v128.load (i32.add (local.get $y) (local.get $q)))
                                 (f32x4.mul (local.get $v) (v128.load (i32.add (local.get $w) (local.get $q))))))
                    (local.set $q (i32.add (local.get $q) (i32.const 16)))
                    (br_if $group (i32.lt_u (local.get $q) (local.get $fB))))))
              (local.set $w (i32.add (local.get $w) (local.get $cfB)))
              (local.set $y (i32.sub (local.get $y) (local.get $fB)))
              (local.set $kx (i32.sub (local.get $kx) (i32.const 1)))
              (br_if $tap (local.get $kx)))
            (local.set $e (i32.add (local.get $e) (i32.const 16)))
            (br $entry)))
        (local.set $csw (i32.add (local.get $csw) (local.get $csRowB)))
        (local.set $wk (i32.add (local.get $wk) (local.get $wRowB)))
        (local.set $nr (i32.sub (local.get $nr) (i32.const 1)))
        (br $row))))

  ;; nz16: a row of outW positions' sums for 16 filters (see convForward):
  ;; for each position ox, from the biases at bp, for each of nr kernel rows
  ;; (their column starts one every csRowB bytes from csw, their weights
  ;; one every wRowB bytes from wk, the weights of kernel row ky0 for these
  ;; filters), each entry of the run between the column starts of the
  ;; window's first and last columns adds its value times the 16 weights
  ;; its offset gives; the sums go to yp + ox·fB.
  (func $nz16
    (param $csw i32) (param $csRowB i32) (param $nr i32) (param $wk i32) (param $wRowB i32)
    (param $bp i32) (param $yp i32) (param $fB i32) (param $outW i32) (param $pad i32)
    (param $K i32) (param $C i32) (param $inW i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $v v128) (local $e i32) (local $end i32) (local $w i32)
    (local $ox i32) (local $lo i32) (local $hi i32) (local $base i32) (local $cs i32) (local $r i32)
    (local $wcol i32) (local $cfB i32)
    ;; wk moved back by the weights of the ox−pad columns before the window,
    ;; so that an entry's offset lands on its tap's weights
    (local.set $cfB (i32.mul (local.get $C) (local.get $fB)))
    (local.set $wcol (i32.add (local.get $wk) (i32.mul (local.get $pad) (local.get $cfB))))
    (loop $pos
      ;; byte offsets in a row of column starts of the window's columns
      ;; [ox−pad+kx0, ox−pad+kx1)
      (local.set $lo (i32.shl (call $max0 (i32.sub (local.get $ox) (local.get $pad))) (i32.const 2)))
      (local.set $hi (i32.shl (call $min (i32.add (i32.sub (local.get $ox) (local.get $pad)) (local.get $K)) (local.get $inW)) (i32.const 2)))
        (local.set $a0 (v128.load offset=0 (local.get $bp)))
        (local.set $a1 (v128.load offset=16 (local.get $bp)))
        (local.set $a2 (v128.load offset=32 (local.get $bp)))
        (local.set $a3 (v128.load offset=48 (local.get $bp)))
      (local.set $cs (local.get $csw))
      (local.set $base (local.get $wcol))
      (local.set $r (local.get $nr))
      (block $rowsDone
        (loop $row
          (br_if $rowsDone (i32.le_s (local.get $r) (i32.const 0)))
          (local.set $e (i32.load (i32.add (local.get $cs) (local.get $lo))))
          (local.set $end (i32.load (i32.add (local.get $cs) (local.get $hi))))
          (if (i32.lt_u (local.get $e) (local.get $end))
            (then
              (loop $entry
                (local.set $v (v128.load32_splat (local.get $e)))
                (local.set $w (i32.add (local.get $base) (i32.load offset=4 (local.get $e))))
                  (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $v) (v128.load offset=0 (local.get $w)))))
                  (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $v) (v128.load offset=16 (local.get $w)))))
                  (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $v) (v128.load offset=32 (local.get $w)))))
                  (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $v) (v128.load offset=48 (local.get $w)))))
                (local.set $e (i32.add (local.get $e) (i32.const 16)))
                (br_if $entry (i32.lt_u (local.get $e) (local.get $end))))))
          (local.set $cs (i32.add (local.get $cs) (local.get $csRowB)))
          (local.set $base (i32.add (local.get $base) (local.get $wRowB)))
          (local.set $r (i32.sub (local.get $r) (i32.const 1)))
          (br $row)))
        (v128.store offset=0 (local.get $yp) (local.get $a0))
        (v128.store offset=16 (local.get $yp) (local.get $a1))
        (v128.store offset=32 (local.get $yp) (local.get $a2))
        (v128.store offset=48 (local.get $yp) (local.get $a3))
      (local.set $yp (i32.add (local.get $yp) (local.get $fB)))
      (local.set $wcol (i32.sub (local.get $wcol) (local.get $cfB)))
      (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
      (br_if $pos (i32.lt_s (local.get $ox) (local.get $outW)))))

  ;; nz8: a row of outW positions' sums for 8 filters (see convForward):
  ;; for each position ox, from the biases at bp, for each of nr kernel rows
  ;; (their column starts one every csRowB bytes from csw, their weights
  ;; one every wRowB bytes from wk, the weights of kernel row ky0 for these
  ;; filters), each entry of the run between the column starts of the
  ;; window's first and last columns adds its value times the 8 weights
  ;; its offset gives; the sums go to yp + ox·fB.
  (func $nz8
    (param $csw i32) (param $csRowB i32) (param $nr i32) (param $wk i32) (param $wRowB i32)
    (param $bp i32) (param $yp i32) (param $fB i32) (param $outW i32) (param $pad i32)
    (param $K i32) (param $C i32) (param $inW i32)
    (local $a0 v128) (local $a1 v128) (local $v v128) (local $e i32) (local $end i32) (local $w i32)
    (local $ox i32) (local $lo i32) (local $hi i32) (local $base i32) (local $cs i32) (local $r i32)
    (local $wcol i32) (local $cfB i32)
    ;; wk moved back by the weights of the ox−pad columns before the window,
    ;; so that an entry's offset lands on its tap's weights
    (local.set $cfB (i32.mul (local.get $C) (local.get $fB)))
    (local.set $wcol (i32.add (local.get $wk) (i32.mul (local.get $pad) (local.get $cfB))))
    (loop $pos
      ;; byte offsets in a row of column starts of the window's columns
      ;; [ox−pad+kx0, ox−pad+kx1)
      (local.set $lo (i32.shl (call $max0 (i32.sub (local.get $ox) (local.get $pad))) (i32.const 2)))
      (local.set $hi (i32.shl (call $min (i32.add (i32.sub (local.get $ox) (local.get $pad)) (local.get $K)) (local.get $inW)) (i32.const 2)))
        (local.set $a0 (v128.load offset=0 (local.get $bp)))
        (local.set $a1 (v128.load offset=16 (local.get $bp)))
      (local.set $cs (local.get $csw))
      (local.set $base (local.get $wcol))
      (local.set $r (local.get $nr))
      (block $rowsDone
        (loop $row
          (br_if $rowsDone (i32.le_s (local.get $r) (i32.const 0)))
          (local.set $e (i32.load (i32.add (local.get $cs) (local.get $lo))))
          (local.set $end (i32.load (i32.add (local.get $cs) (local.get $hi))))
          (if (i32.lt_u (local.get $e) (local.get $end))
            (then
              (loop $entry
                (local.set $v (v128.load32_splat (local.get $e)))
                (local.set $w (i32.add (local.get $base) (i32.load offset=4 (local.get $e))))
                  (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $v) (v128.load offset=0 (local.get $w)))))
                  (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $v) (v128.load offset=16 (local.get $w)))))
                (local.set $e (i32.add (local.get $e) (i32.const 16)))
                (br_if $entry (i32.lt_u (local.get $e) (local.get $end))))))
          (local.set $cs (i32.add (local.get $cs) (local.get $csRowB)))
          (local.set $base (i32.add (local.get $base) (local.get $wRowB)))
          (local.set $r (i32.sub (local.get $r) (i32.const 1)))
          (br $row)))
        (v128.store offset=0 (local.get $yp) (local.get $a0))
        (v128.store offset=16 (local.get $yp) (local.get $a1))
      (local.set $yp (i32.add (local.get $yp) (local.get $fB)))
      (local.set $wcol (i32.sub (local.get $wcol) (local.get $cfB)))
      (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
      (br_if $pos (i32.lt_s (local.get $ox) (local.get $outW)))))

  ;; nz4: a row of outW positions' sums for 4 filters (see convForward):
  ;; for each position ox, from the biases at bp, for each of nr kernel rows
  ;; (their column starts one every csRowB bytes from csw, their weights
  ;; one every wRowB bytes from wk, the weights of kernel row ky0 for these
  ;; filters), each entry of the run between the column starts of the
  ;; window's first and last columns adds its value times the 4 weights
  ;; its offset gives; the sums go to yp + ox·fB.
  (func $nz4
    (param $csw i32) (param $csRowB i32) (param $nr i32) (param $wk i32) (param $wRowB i32)
    (param $bp i32) (param $yp i32) (param $fB i32) (param $outW i32) (param $pad i32)
    (param $K i32) (param $C i32) (param $inW i32)
    (local $a0 v128) (local $v v128) (local $e i32) (local $end i32) (local $w i32)
    (local $ox i32) (local $lo i32) (local $hi i32) (local $base i32) (local $cs i32) (local $r i32)
    (local $wcol i32) (local $cfB i32)
    ;; wk moved back by the weights of the ox−pad columns before the window,
    ;; so that an entry's offset lands on its tap's weights
    (local.set $cfB (i32.mul (local.get $C) (local.get $fB)))
    (local.set $wcol (i32.add (local.get $wk) (i32.mul (local.get $pad) (local.get $cfB))))
    (loop $pos
      ;; byte offsets in a row of column starts of the window's columns
      ;; [ox−pad+kx0, ox−pad+kx1)
      (local.set $lo (i32.shl (call $max0 (i32.sub (local.get $ox) (local.get $pad))) (i32.const 2)))
      (local.set $hi (i32.shl (call $min (i32.add (i32.sub (local.get $ox) (local.get $pad)) (local.get $K)) (local.get $inW)) (i32.const 2)))
        (local.set $a0 (v128.load offset=0 (local.get $bp)))
      (local.set $cs (local.get $csw))
      (local.set $base (local.get $wcol))
      (local.set $r (local.get $nr))
      (block $rowsDone
        (loop $row
          (br_if $rowsDone (i32.le_s (local.get $r) (i32.const 0)))
          (local.set $e (i32.load (i32.add (local.get $cs) (local.get $lo))))
          (local.set $end (i32.load (i32.add (local.get $cs) (local.get $hi))))
          (if (i32.lt_u (local.get $e) (local.get $end))
            (then
              (loop $entry
                (local.set $v (v128.load32_splat (local.get $e)))
                (local.set $w (i32.add (local.get $base) (i32.load offset=4 (local.get $e))))
                  (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $v) (v128.load offset=0 (local.get $w)))))
                (local.set $e (i32.add (local.get $e) (i32.const 16)))
                (br_if $entry (i32.lt_u (local.get $e) (local.get $end))))))
          (local.set $cs (i32.add (local.get $cs) (local.get $csRowB)))
          (local.set $base (i32.add (local.get $base) (local.get $wRowB)))
          (local.set $r (i32.sub (local.get $r) (i32.const 1)))
          (br $row)))
        (v128.store offset=0 (local.get $yp) (local.get $a0))
      (local.set $yp (i32.add (local.get $yp) (local.get $fB)))
      (local.set $wcol (i32.sub (local.get $wcol) (local.get $cfB)))
      (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
      (br_if $pos (i32.lt_s (local.get $ox) (local.get $outW)))))

  ;; convBackward: the convolution's backward pass, nn.conv2d.backward,
  ;; for the layout of convForward; w and gw are the weights and their
  ;; gradient in the layer's own order (filter, ky, kx, c), gb the bias
  ;; gradient, dy the output gradient and dx the input gradient, or 0 for
  ;; none. For each image, position and filter in order, a non-zero output
  ;; gradient d adds d to gb[f], d times the window's inputs to the
  ;; filter's weight gradient and, with dx, d times the filter's weights to
  ;; the window of dx (cleared first): nn.convBackGo's updates in its
  ;; order, four lanes at a time along each kernel row. A position's
  ;; non-zero output gradients are found four filters at a time with a
  ;; bitmask, so that the three in four that pooling zeroes cost no
  ;; branch each. Without dx, for a valid convolution, $backList does it
  ;; with nz (5·outW·F words) for its list of non-zero output gradients.
  ;; rows positive.
  (func (export "convBackward")
    (param $x i32) (param $w i32) (param $gw i32) (param $gb i32) (param $dy i32) (param $dx i32) (param $nz i32)
    (param $rows i32) (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $F i32) (param $K i32) (param $pad i32)
    (local $fB i32) (local $xRowB i32) (local $kRowB i32) (local $tapsB i32) (local $inB i32)
    (local $xr i32) (local $dxr i32) (local $dp i32) (local $oy i32) (local $ox i32)
    (local $kx0 i32) (local $kx1 i32) (local $ky0 i32) (local $ky1 i32)
    (local $n i32) (local $nr i32) (local $in i32) (local $wk i32) (local $f i32) (local $d f32)
    (local $g i32) (local $mask i32)
    (local.set $fB (i32.shl (local.get $F) (i32.const 2)))
    (local.set $xRowB (i32.shl (i32.mul (local.get $inW) (local.get $C)) (i32.const 2)))
    (local.set $kRowB (i32.shl (i32.mul (local.get $K) (local.get $C)) (i32.const 2)))
    (local.set $tapsB (i32.mul (local.get $kRowB) (local.get $K)))
    (local.set $inB (i32.mul (local.get $inH) (local.get $xRowB)))
    (if (i32.and (i32.eqz (local.get $dx)) (i32.eqz (local.get $pad)))
      (then
        (call $backList (local.get $x) (local.get $gw) (local.get $gb) (local.get $dy) (local.get $nz)
          (local.get $rows) (local.get $inW) (local.get $C) (local.get $outH) (local.get $outW)
          (local.get $F) (local.get $K) (local.get $inB))
        (return)))
    (local.set $xr (local.get $x))
    (local.set $dxr (local.get $dx))
    (local.set $dp (local.get $dy))
    (loop $image
      (if (local.get $dx) (then (memory.fill (local.get $dxr) (i32.const 0) (local.get $inB))))
      (local.set $oy (i32.const 0))
      (loop $outRow
        (local.set $ky0 (call $max0 (i32.sub (local.get $pad) (local.get $oy))))
        (local.set $ky1 (call $min (local.get $K) (i32.sub (i32.add (local.get $inH) (local.get $pad)) (local.get $oy))))
        (local.set $nr (i32.sub (local.get $ky1) (local.get $ky0)))
        (local.set $ox (i32.const 0))
        (loop $outCol
          (local.set $kx0 (call $max0 (i32.sub (local.get $pad) (local.get $ox))))
          (local.set $kx1 (call $min (local.get $K) (i32.sub (i32.add (local.get $inW) (local.get $pad)) (local.get $ox))))
          (local.set $n (i32.mul (i32.sub (local.get $kx1) (local.get $kx0)) (local.get $C)))
          ;; bytes from the image's start to the window's, and from a
          ;; filter's start to the window's first weight
          (local.set $in (i32.shl
            (i32.mul (i32.add
              (i32.mul (i32.add (i32.sub (local.get $oy) (local.get $pad)) (local.get $ky0)) (local.get $inW))
              (i32.add (i32.sub (local.get $ox) (local.get $pad)) (local.get $kx0)))
              (local.get $C))
            (i32.const 2)))
          (local.set $wk (i32.shl
            (i32.mul (i32.add (i32.mul (local.get $ky0) (local.get $K)) (local.get $kx0)) (local.get $C))
            (i32.const 2)))
          ;; the filters whose output gradient is not zero (±0 skipped,
          ;; NaN not), four at a time, in order
          (local.set $g (i32.const 0))
          (loop $groups
            (local.set $mask (i32x4.bitmask (f32x4.ne (v128.load (i32.add (local.get $dp) (local.get $g))) (v128.const i32x4 0 0 0 0))))
            (block $bitsDone
              (loop $bits
                (br_if $bitsDone (i32.eqz (local.get $mask)))
                (local.set $f (i32.add (i32.shr_u (local.get $g) (i32.const 2)) (i32.ctz (local.get $mask))))
                (local.set $d (f32.load (i32.add (local.get $dp) (i32.shl (local.get $f) (i32.const 2)))))
                (f32.store (i32.add (local.get $gb) (i32.shl (local.get $f) (i32.const 2)))
                  (f32.add (f32.load (i32.add (local.get $gb) (i32.shl (local.get $f) (i32.const 2)))) (local.get $d)))
                (call $convBack (local.get $d)
                  (i32.add (local.get $xr) (local.get $in)) (local.get $xRowB)
                  (i32.add (i32.add (local.get $w) (i32.mul (local.get $f) (local.get $tapsB))) (local.get $wk))
                  (i32.add (i32.add (local.get $gw) (i32.mul (local.get $f) (local.get $tapsB))) (local.get $wk))
                  (local.get $kRowB)
                  (select (i32.add (local.get $dxr) (local.get $in)) (i32.const 0) (local.get $dx))
                  (local.get $nr) (local.get $n))
                (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
                (br $bits)))
            (local.set $g (i32.add (local.get $g) (i32.const 16)))
            (br_if $groups (i32.lt_u (local.get $g) (local.get $fB))))
          (local.set $dp (i32.add (local.get $dp) (local.get $fB)))
          (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
          (br_if $outCol (i32.lt_s (local.get $ox) (local.get $outW))))
        (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
        (br_if $outRow (i32.lt_s (local.get $oy) (local.get $outH))))
      (local.set $xr (i32.add (local.get $xr) (local.get $inB)))
      (local.set $dxr (i32.add (local.get $dxr) (local.get $inB)))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
      (br_if $image (local.get $rows))))

  ;; backList: convBackward without dx for a valid convolution (the first
  ;; layer, where a kernel row is a few inputs and three in four output
  ;; gradients are zero): for each output row, the byte offsets in the row
  ;; of its non-zero output gradients (±0 skipped, NaN not) are listed at
  ;; nz first, in order of position and filter, without a branch per
  ;; gradient; then each entry adds d to its bias gradient and d times its
  ;; window's inputs to its filter's weight gradient, four lanes at a time
  ;; along each kernel row: convBack's updates in its order. After the
  ;; list (outW·F words), a table gives for each output of a row the byte
  ;; offsets of its filter's weights, of its window in the input row and
  ;; of its bias (4 words each). nz holds 5·outW·F words.
  (func $backList
    (param $x i32) (param $gw i32) (param $gb i32) (param $dy i32) (param $nz i32)
    (param $rows i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $F i32) (param $K i32) (param $inB i32)
    (local $nB i32) (local $n16 i32) (local $tapsB i32) (local $xRowB i32) (local $cB i32) (local $dRowB i32)
    (local $xr i32) (local $xrow i32) (local $dp i32) (local $oy i32) (local $ox i32) (local $f i32)
    (local $e i32) (local $p i32) (local $rel i32) (local $t i32) (local $tab i32) (local $d f32) (local $dv v128)
    (local $xs i32) (local $g i32) (local $r i32) (local $k i32) (local $gbp i32)
    (local.set $nB (i32.shl (i32.mul (local.get $K) (local.get $C)) (i32.const 2)))
    (local.set $n16 (i32.and (local.get $nB) (i32.const -16)))
    (local.set $tapsB (i32.mul (local.get $nB) (local.get $K)))
    (local.set $cB (i32.shl (local.get $C) (i32.const 2)))
    (local.set $xRowB (i32.mul (local.get $inW) (local.get $cB)))
    (local.set $dRowB (i32.shl (i32.mul (local.get $outW) (local.get $F)) (i32.const 2)))
    ;; the table
    (local.set $tab (i32.add (local.get $nz) (local.get $dRowB)))
    (local.set $t (local.get $tab))
    (local.set $ox (i32.const 0))
    (loop $tabCol
      (local.set $f (i32.const 0))
      (loop $tabF
        (i32.store offset=0 (local.get $t) (i32.mul (local.get $f) (local.get $tapsB)))
        (i32.store offset=4 (local.get $t) (i32.mul (local.get $ox) (local.get $cB)))
        (i32.store offset=8 (local.get $t) (i32.shl (local.get $f) (i32.const 2)))
        (local.set $t (i32.add (local.get $t) (i32.const 16)))
        (local.set $f (i32.add (local.get $f) (i32.const 1)))
        (br_if $tabF (i32.lt_u (local.get $f) (local.get $F))))
      (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
      (br_if $tabCol (i32.lt_s (local.get $ox) (local.get $outW))))
    (local.set $xr (local.get $x))
    (local.set $dp (local.get $dy))
    (loop $image
      (local.set $xrow (local.get $xr))
      (local.set $oy (i32.const 0))
      (loop $outRow
        ;; the row's non-zero output gradients, four at a time (F is a
        ;; multiple of 4)
        (local.set $e (local.get $nz))
        (local.set $rel (i32.const 0))
        (loop $list
          (i32.store (local.get $e) (local.get $rel))
          (local.set $e (i32.add (local.get $e) (i32.shl (f32.ne (f32.load offset=0 (i32.add (local.get $dp) (local.get $rel))) (f32.const 0)) (i32.const 2))))
          (i32.store (local.get $e) (i32.add (local.get $rel) (i32.const 4)))
          (local.set $e (i32.add (local.get $e) (i32.shl (f32.ne (f32.load offset=4 (i32.add (local.get $dp) (local.get $rel))) (f32.const 0)) (i32.const 2))))
          (i32.store (local.get $e) (i32.add (local.get $rel) (i32.const 8)))
          (local.set $e (i32.add (local.get $e) (i32.shl (f32.ne (f32.load offset=8 (i32.add (local.get $dp) (local.get $rel))) (f32.const 0)) (i32.const 2))))
          (i32.store (local.get $e) (i32.add (local.get $rel) (i32.const 12)))
          (local.set $e (i32.add (local.get $e) (i32.shl (f32.ne (f32.load offset=12 (i32.add (local.get $dp) (local.get $rel))) (f32.const 0)) (i32.const 2))))
          (local.set $rel (i32.add (local.get $rel) (i32.const 16)))
          (br_if $list (i32.lt_u (local.get $rel) (local.get $dRowB))))
        ;; each entry's updates
        (local.set $p (local.get $nz))
        (block $entriesDone
          (loop $entry
            (br_if $entriesDone (i32.ge_u (local.get $p) (local.get $e)))
            (local.set $rel (i32.load (local.get $p)))
            (local.set $d (f32.load (i32.add (local.get $dp) (local.get $rel))))
            (local.set $t (i32.add (local.get $tab) (i32.shl (local.get $rel) (i32.const 2))))
            (local.set $gbp (i32.add (local.get $gb) (i32.load offset=8 (local.get $t))))
            (f32.store (local.get $gbp) (f32.add (f32.load (local.get $gbp)) (local.get $d)))
            (local.set $dv (f32x4.splat (local.get $d)))
            (local.set $g (i32.add (local.get $gw) (i32.load offset=0 (local.get $t))))
            (local.set $xs (i32.add (local.get $xrow) (i32.load offset=4 (local.get $t))))
            (local.set $r (local.get $K))
            (loop $kRow
              (local.set $k (i32.const 0))
              (block $quadsDone
                (loop $quad
                  (br_if $quadsDone (i32.ge_u (local.get $k) (local.get $n16)))
                  (v128.store (i32.add (local.get $g) (local.get $k))
                    (f32x4.add (v128.load (i32.add (local.get $g) (local.get $k)))
                               (f32x4.mul (local.get $dv) (v128.load (i32.add (local.get $xs) (local.get $k))))))
                  (local.set $k (i32.add (local.get $k) (i32.const 16)))
                  (br $quad)))
              (block $singlesDone
                (loop $single
                  (br_if $singlesDone (i32.ge_u (local.get $k) (local.get $nB)))
                  (f32.store (i32.add (local.get $g) (local.get $k))
                    (f32.add (f32.load (i32.add (local.get $g) (local.get $k)))
                             (f32.mul (local.get $d) (f32.load (i32.add (local.get $xs) (local.get $k))))))
                  (local.set $k (i32.add (local.get $k) (i32.const 4)))
                  (br $single)))
              (local.set $xs (i32.add (local.get $xs) (local.get $xRowB)))
              (local.set $g (i32.add (local.get $g) (local.get $nB)))
              (local.set $r (i32.sub (local.get $r) (i32.const 1)))
              (br_if $kRow (local.get $r)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $entry)))
        (local.set $dp (i32.add (local.get $dp) (local.get $dRowB)))
        (local.set $xrow (i32.add (local.get $xrow) (local.get $xRowB)))
        (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
        (br_if $outRow (i32.lt_s (local.get $oy) (local.get $outH))))
      (local.set $xr (i32.add (local.get $xr) (local.get $inB)))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
      (br_if $image (local.get $rows))))

  ;; convBack: nn.convBackGo for one output gradient d: over nr kernel rows,
  ;; gw[i] += d·x[i] and, when dx is not 0, dx[i] += d·w[i] for i < n, the
  ;; runs of x and dx one every xRowB bytes, of w and gw one every kRowB;
  ;; four lanes at a time, then one at a time. Both updates go in one pass
  ;; over a row, as in the SSE kernel.
  (func $convBack (param $d f32) (param $xs i32) (param $xRowB i32) (param $ws i32) (param $gws i32)
    (param $kRowB i32) (param $dxs i32) (param $nr i32) (param $n i32)
    (local $dv v128) (local $nB i32) (local $n16 i32) (local $k i32)
    (if (i32.le_s (local.get $nr) (i32.const 0)) (then (return)))
    (local.set $dv (f32x4.splat (local.get $d)))
    (local.set $nB (i32.shl (local.get $n) (i32.const 2)))
    (local.set $n16 (i32.and (local.get $nB) (i32.const -16)))
    (if (i32.eqz (local.get $dxs))
      (then
        (loop $rowW
          (local.set $k (i32.const 0))
          (block $quadsDoneW
            (loop $quadW
              (br_if $quadsDoneW (i32.ge_u (local.get $k) (local.get $n16)))
              (v128.store (i32.add (local.get $gws) (local.get $k))
                (f32x4.add (v128.load (i32.add (local.get $gws) (local.get $k)))
                           (f32x4.mul (local.get $dv) (v128.load (i32.add (local.get $xs) (local.get $k))))))
              (local.set $k (i32.add (local.get $k) (i32.const 16)))
              (br $quadW)))
          (block $singlesDoneW
            (loop $singleW
              (br_if $singlesDoneW (i32.ge_u (local.get $k) (local.get $nB)))
              (f32.store (i32.add (local.get $gws) (local.get $k))
                (f32.add (f32.load (i32.add (local.get $gws) (local.get $k)))
                         (f32.mul (local.get $d) (f32.load (i32.add (local.get $xs) (local.get $k))))))
              (local.set $k (i32.add (local.get $k) (i32.const 4)))
              (br $singleW)))
          (local.set $xs (i32.add (local.get $xs) (local.get $xRowB)))
          (local.set $ws (i32.add (local.get $ws) (local.get $kRowB)))
          (local.set $gws (i32.add (local.get $gws) (local.get $kRowB)))
          (local.set $nr (i32.sub (local.get $nr) (i32.const 1)))
          (br_if $rowW (i32.gt_s (local.get $nr) (i32.const 0))))
        (return)))
    (loop $rowWX
      (local.set $k (i32.const 0))
      (block $quadsDoneWX
        (loop $quadWX
          (br_if $quadsDoneWX (i32.ge_u (local.get $k) (local.get $n16)))
          (v128.store (i32.add (local.get $gws) (local.get $k))
            (f32x4.add (v128.load (i32.add (local.get $gws) (local.get $k)))
                       (f32x4.mul (local.get $dv) (v128.load (i32.add (local.get $xs) (local.get $k))))))
          (v128.store (i32.add (local.get $dxs) (local.get $k))
            (f32x4.add (v128.load (i32.add (local.get $dxs) (local.get $k)))
                       (f32x4.mul (local.get $dv) (v128.load (i32.add (local.get $ws) (local.get $k))))))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br $quadWX)))
      (block $singlesDoneWX
        (loop $singleWX
          (br_if $singlesDoneWX (i32.ge_u (local.get $k) (local.get $nB)))
          (f32.store (i32.add (local.get $gws) (local.get $k))
            (f32.add (f32.load (i32.add (local.get $gws) (local.get $k)))
                     (f32.mul (local.get $d) (f32.load (i32.add (local.get $xs) (local.get $k))))))
          (f32.store (i32.add (local.get $dxs) (local.get $k))
            (f32.add (f32.load (i32.add (local.get $dxs) (local.get $k)))
                     (f32.mul (local.get $d) (f32.load (i32.add (local.get $ws) (local.get $k))))))
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (br $singleWX)))
      (local.set $xs (i32.add (local.get $xs) (local.get $xRowB)))
      (local.set $ws (i32.add (local.get $ws) (local.get $kRowB)))
      (local.set $gws (i32.add (local.get $gws) (local.get $kRowB)))
      (local.set $dxs (i32.add (local.get $dxs) (local.get $xRowB)))
      (local.set $nr (i32.sub (local.get $nr) (i32.const 1)))
      (br_if $rowWX (i32.gt_s (local.get $nr) (i32.const 0))))
)

  ;; max0 returns max(0, a); min the smaller of a and b (signed).
  (func $max0 (param $a i32) (result i32)
    (select (local.get $a) (i32.const 0) (i32.gt_s (local.get $a) (i32.const 0))))
  (func $min (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b))))

  ;; relu: y = x where x > 0, else +0, over n floats (any n), as the Go
  ;; loop of nn.activation: pmax(0, x) is 0 < x ? x : 0, which also maps
  ;; NaN and −0 to +0.
  (func (export "relu") (param $x i32) (param $y i32) (param $n i32)
    (local $k i32) (local $end i32) (local $end4 i32) (local $v f32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $end4 (i32.and (local.get $end) (i32.const -16)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end4)))
        (v128.store (i32.add (local.get $y) (local.get $k))
          (f32x4.pmax (v128.const i32x4 0 0 0 0) (v128.load (i32.add (local.get $x) (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $v (f32.load (i32.add (local.get $x) (local.get $k))))
        (f32.store (i32.add (local.get $y) (local.get $k))
          (select (local.get $v) (f32.const 0) (f32.gt (local.get $v) (f32.const 0))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $tail))))

  ;; reluGrad: dx = dy where x > 0, else +0, over n floats (any n).
  (func (export "reluGrad") (param $x i32) (param $dy i32) (param $dx i32) (param $n i32)
    (local $k i32) (local $end i32) (local $end4 i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $end4 (i32.and (local.get $end) (i32.const -16)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $k) (local.get $end4)))
        (v128.store (i32.add (local.get $dx) (local.get $k))
          (v128.and (v128.load (i32.add (local.get $dy) (local.get $k)))
                    (f32x4.gt (v128.load (i32.add (local.get $x) (local.get $k))) (v128.const i32x4 0 0 0 0))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $loop)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
        (f32.store (i32.add (local.get $dx) (local.get $k))
          (select (f32.load (i32.add (local.get $dy) (local.get $k))) (f32.const 0)
                  (f32.gt (f32.load (i32.add (local.get $x) (local.get $k))) (f32.const 0))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $tail))))

  ;; maxPool2: 2×2 max pooling with stride 2 of rows images of inH×inW×c
  ;; (HWC, c a multiple of 4), as nn.maxPool.forward2: each output is the
  ;; first largest of top-left, top-right, bottom-left, bottom-right (a
  ;; later value wins only if it is strictly greater, so NaN never does),
  ;; and arg gets its index in the image's input, as int32. Leftover rows
  ;; and columns of an odd size are dropped.
  (func (export "maxPool2")
    (param $x i32) (param $y i32) (param $arg i32) (param $rows i32)
    (param $inH i32) (param $inW i32) (param $c i32)
    (local $outH i32) (local $outW i32) (local $rowLen i32) (local $inSizeB i32)
    (local $r i32) (local $oy i32) (local $ox i32) (local $ch i32)
    (local $xr i32) (local $top i32) (local $i i32) (local $base i32)
    (local $v v128) (local $b v128) (local $m v128) (local $idx v128) (local $best v128)
    (local $offC v128) (local $offRow v128) (local $offBoth v128)
    (local.set $outH (i32.shr_u (local.get $inH) (i32.const 1)))
    (local.set $outW (i32.shr_u (local.get $inW) (i32.const 1)))
    (local.set $rowLen (i32.mul (local.get $inW) (local.get $c)))
    (local.set $inSizeB (i32.shl (i32.mul (local.get $rowLen) (local.get $inH)) (i32.const 2)))
    (local.set $offC (i32x4.splat (local.get $c)))
    (local.set $offRow (i32x4.splat (local.get $rowLen)))
    (local.set $offBoth (i32x4.splat (i32.add (local.get $rowLen) (local.get $c))))
    (local.set $xr (local.get $x))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $oy (i32.const 0))
        (block $oyDone
          (loop $oyLoop
            (br_if $oyDone (i32.ge_u (local.get $oy) (local.get $outH)))
            ;; base: the element index of the window row's start in the image
            (local.set $base (i32.mul (i32.shl (local.get $oy) (i32.const 1)) (local.get $rowLen)))
            (local.set $top (i32.add (local.get $xr) (i32.shl (local.get $base) (i32.const 2))))
            (local.set $i (i32.const 0))
            (local.set $ox (i32.const 0))
            (block $oxDone
              (loop $oxLoop
                (br_if $oxDone (i32.ge_u (local.get $ox) (local.get $outW)))
                ;; i: element offset of the window's top-left in the row
                (local.set $i (i32.mul (i32.shl (local.get $ox) (i32.const 1)) (local.get $c)))
                (local.set $ch (i32.const 0))
                (block $chDone
                  (loop $chLoop
                    (br_if $chDone (i32.ge_u (local.get $ch) (local.get $c)))
                    (local.set $idx (i32x4.add (i32x4.splat (i32.add (local.get $base) (local.get $i)))
                                               (v128.const i32x4 0 1 2 3)))
                    (local.set $v (v128.load (i32.add (local.get $top) (i32.shl (local.get $i) (i32.const 2)))))
                    (local.set $best (local.get $idx))
                    (local.set $b (v128.load (i32.add (local.get $top) (i32.shl (i32.add (local.get $i) (local.get $c)) (i32.const 2)))))
                    (local.set $m (f32x4.gt (local.get $b) (local.get $v)))
                    (local.set $v (v128.bitselect (local.get $b) (local.get $v) (local.get $m)))
                    (local.set $best (v128.bitselect (i32x4.add (local.get $idx) (local.get $offC)) (local.get $best) (local.get $m)))
                    (local.set $b (v128.load (i32.add (local.get $top) (i32.shl (i32.add (local.get $i) (local.get $rowLen)) (i32.const 2)))))
                    (local.set $m (f32x4.gt (local.get $b) (local.get $v)))
                    (local.set $v (v128.bitselect (local.get $b) (local.get $v) (local.get $m)))
                    (local.set $best (v128.bitselect (i32x4.add (local.get $idx) (local.get $offRow)) (local.get $best) (local.get $m)))
                    (local.set $b (v128.load (i32.add (local.get $top) (i32.shl (i32.add (i32.add (local.get $i) (local.get $rowLen)) (local.get $c)) (i32.const 2)))))
                    (local.set $m (f32x4.gt (local.get $b) (local.get $v)))
                    (local.set $v (v128.bitselect (local.get $b) (local.get $v) (local.get $m)))
                    (local.set $best (v128.bitselect (i32x4.add (local.get $idx) (local.get $offBoth)) (local.get $best) (local.get $m)))
                    (v128.store (local.get $y) (local.get $v))
                    (v128.store (local.get $arg) (local.get $best))
                    (local.set $y (i32.add (local.get $y) (i32.const 16)))
                    (local.set $arg (i32.add (local.get $arg) (i32.const 16)))
                    (local.set $i (i32.add (local.get $i) (i32.const 4)))
                    (local.set $ch (i32.add (local.get $ch) (i32.const 4)))
                    (br $chLoop)))
                (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                (br $oxLoop)))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (br $oyLoop)))
        (local.set $xr (i32.add (local.get $xr) (local.get $inSizeB)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rowLoop))))
)
