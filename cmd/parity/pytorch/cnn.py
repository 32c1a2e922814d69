"""Trains the cnn preset's network in PyTorch, the reference Digit Lab's own
training is compared with (issue 12): the TensorFlow.js MNIST tutorial's
network (conv 8 5x5 valid, ReLU, max pool 2, conv 16 5x5 valid, ReLU, max
pool 2, flatten 256, dense 10, softmax cross-entropy), glorot-uniform
weights, zero biases, Adam 1e-3 with eps 1e-7, batch 32, pixels/255, on
MNIST's IDX files (the GoMNIST module's, the ones the Go side trains on).

    python3 cnn.py bench  DIR [SECONDS]   # training speed on one thread
    python3 cnn.py parity DIR [EPOCHS]    # test accuracy per epoch, seeds 1 and 2

DIR holds the four IDX .gz files (`go run ./cmd/mnistdir` prints it).

bench trains for SECONDS (default 3) of the process's CPU time after a
short warm-up and prints one line in Go's benchmark format,
`BenchmarkPyTorch/cnn N T ns/op S samples/s C cpu-samples/s`, S per second
of wall time and C per CPU second (all threads), which is what
e2e/bench-ratio.mjs compares on a shared machine. Each
step is what a training loop does: gather a batch of the shuffled training
set (already scaled to [0,1], as PyTorch's loaders leave it), forward, loss,
backward, Adam.

parity prints the test accuracy on the 10,000 test images after each epoch
for seeds 1 and 2 and their mean: the reference table of issue 12 and
cmd/parity.

Both run on one thread (torch.set_num_threads(1)): the Go trainer uses one
core and the browser's worker has one. Needs PyTorch (Debian 12:
apt-get install python3-torch, which is PyTorch 1.13.1; with Debian's
reference BLAS, libopenblas0-pthread makes its dense layer fast).
"""

import gzip
import os
import struct
import sys
import time

# One thread for every library torch may hand work to, set before they load.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import torch  # noqa: E402 (after the thread settings)
from torch import nn  # noqa: E402


def read_idx(path):
    """Returns the IDX file's contents as a uint8 tensor of its shape."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = magic & 0xFF
    if magic >> 8 != 0x08 or dims not in (1, 3):
        sys.exit(f"{path}: not an IDX file of bytes")
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8).reshape(shape)


def load(folder, part):
    """Returns the images (N,1,28,28 float32 in [0,1]) and labels (int64) of
    part, "train" or "t10k"."""
    images = read_idx(os.path.join(folder, f"{part}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(folder, f"{part}-labels-idx1-ubyte.gz"))
    return images.float().div_(255).unsqueeze(1), labels.long()


def network():
    """The cnn preset, initialized like Keras' and the Go side's defaults."""
    net = nn.Sequential(
        nn.Conv2d(1, 8, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(256, 10))
    for m in net:
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    return net


def trainer(net):
    """Returns step(x, y), one Adam step on a batch, as the Go trainer takes
    it."""
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()

    def step(x, y):
        opt.zero_grad(set_to_none=True)
        loss_fn(net(x), y).backward()
        opt.step()
    return step


def bench(folder, seconds):
    x, y = load(folder, "train")
    torch.manual_seed(1)
    net = network()
    step = trainer(net)
    order = torch.randperm(len(x))
    batch, pos = 32, 0

    def run(steps):
        nonlocal pos
        for _ in range(steps):
            if pos + batch > len(order):
                pos = 0
            idx = order[pos:pos + batch]
            pos += batch
            step(x[idx], y[idx])

    run(20)
    steps, wall, cpu = 0, time.perf_counter(), time.process_time()
    while time.process_time() - cpu < seconds:
        run(20)
        steps += 20
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"BenchmarkPyTorch/cnn\t{steps}\t{wall / steps * 1e9:.0f} ns/op\t"
          f"{steps * batch / wall:.1f} samples/s\t{steps * batch / cpu:.1f} cpu-samples/s", flush=True)


def accuracy(net, x, y):
    net.eval()
    with torch.no_grad():
        correct = sum(int((net(x[i:i + 1000]).argmax(1) == y[i:i + 1000]).sum()) for i in range(0, len(x), 1000))
    net.train()
    return 100 * correct / len(x)


def parity(folder, epochs):
    x, y = load(folder, "train")
    tx, ty = load(folder, "t10k")
    seeds = (1, 2)
    acc = {}
    for seed in seeds:
        torch.manual_seed(seed)
        net = network()
        step = trainer(net)
        for epoch in range(1, epochs + 1):
            start = time.perf_counter()
            order = torch.randperm(len(x))
            for i in range(0, len(order), 32):
                idx = order[i:i + 32]
                step(x[idx], y[idx])
            acc[seed, epoch] = accuracy(net, tx, ty)
            print(f"seed {seed} epoch {epoch}: {acc[seed, epoch]:.2f}% "
                  f"({time.perf_counter() - start:.0f} s)", flush=True)
    print("| epoch | " + " | ".join(f"seed {s}" for s in seeds) + " | mean |")
    print("|---|" + "---|" * (len(seeds) + 1))
    for epoch in range(1, epochs + 1):
        got = [acc[s, epoch] for s in seeds]
        print(f"| {epoch} | " + " | ".join(f"{a:.2f}%" for a in got) + f" | {sum(got) / len(got):.2f}% |")


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 3) or args[0] not in ("bench", "parity"):
        sys.exit(__doc__)
    torch.set_num_threads(1)
    try:
        if args[0] == "bench":
            bench(args[1], float(args[2]) if len(args) == 3 else 3.0)
        else:
            parity(args[1], int(args[2]) if len(args) == 3 else 3)
    except ValueError as e:
        sys.exit(f"{args[0]}: {e}")
    except FileNotFoundError as e:
        sys.exit(f"no MNIST file: {e.filename}")


if __name__ == "__main__":
    main()
