;; SIMD kernels for the training worker (see package nn, kernels_simd.go):
;; the dense layers' loops and the optimizers' updates.
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
)
