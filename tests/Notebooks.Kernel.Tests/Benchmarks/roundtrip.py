"""Median round trip of a trivial execute_request, measured with jupyter_client, for the kit's C# kernel and
Debian's python3-ipykernel in the same run (not part of the test run). `./kit bench` runs it and puts its figures in
its table; by hand:

    ./kit build && ./kit kernel install --prefix /tmp/kit-bench   # or any kernelspec named .net-csharp
    JUPYTER_PATH=/tmp/kit-bench/share/jupyter ./kit exec /usr/bin/python3 tests/Notebooks.Kernel.Tests/Benchmarks/roundtrip.py

It prints one tab-separated line per kernel: name, seconds from start to ready, median and p95 round trip in ms.

Round trip = from sending execute_request until the kernel's idle status for it has arrived (what a front end
waits for before it marks the cell done), so it includes busy, execute_input, execute_result and the reply.
"""
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel

KERNELS = [(".net-csharp", "1 + 1"), ("python3", "1 + 1")]
WARMUP, RUNS = 10, 200


def round_trip(kc, code):
    msg_id = kc.execute(code)
    start = time.perf_counter()
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            break
    elapsed = time.perf_counter() - start
    kc.get_shell_msg(timeout=30)
    return elapsed


def measure(name, code):
    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
    ready = time.perf_counter() - started
    try:
        for _ in range(WARMUP):
            round_trip(kc, code)
        samples = sorted(round_trip(kc, code) for _ in range(RUNS))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return ready, statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main():
    for name, code in KERNELS:
        ready, median, p95 = measure(name, code)
        print(f"{name}\t{ready:.3f}\t{median * 1000:.2f}\t{p95 * 1000:.2f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
