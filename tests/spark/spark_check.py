"""Spark, tested: ascribe over an archive the way Spark runs a command.

Usage: python spark_check.py CORPUS_DIR   (with pyspark installed, Java 17
on PATH, ASCRIBE_BIN naming the binary; see .ci/spark.sh)
       python spark_check.py CORPUS_DIR --time RECORDS.jsonl FOLDER
                                          (also times a larger archive: its
                                          records through Spark, its folder
                                          in one run; scripts/bench-scale.py
                                          makes both)

The articles of CORPUS_DIR (*.txt) become JSON Lines records, `{"id":
file name, "text": article}`, in an RDD of 4 partitions (local mode, one
Python worker per core), and:

1. `rdd.pipe("ascribe check --input-format jsonl -")`: every record's
   findings must equal that file's findings in a folder run (`ascribe
   check --format json CORPUS_DIR`), and every record must come back once;
2. `rdd.pipe("ascribe names learn --counts --input-format jsonl -")`, saved
   as text files (a part per partition), then `ascribe names merge` of
   the parts: the list must be the bytes of `ascribe names learn
   CORPUS_DIR`.

Prints the time of each Spark job beside the folder run's, then
`N passed, N failed`; exits 1 when a comparison fails. Spark is bound to
the loopback address: nothing leaves the machine.
"""
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

from pyspark import SparkConf, SparkContext

PARTITIONS = 4


def run(cmd, ok=(0,)):
    started = time.monotonic()
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode not in ok:
        sys.exit(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-2000:]}")
    return p.stdout.decode("utf-8"), time.monotonic() - started


def time_large(sc, binary, records, folder):
    """Throughput of a larger archive: records read by Spark from a file
    and piped through check, against one folder run of the same articles."""
    mb = os.path.getsize(records) / 1024 ** 2
    _, folder_s = run([binary, "check", "--no-config", "--quiet", "--format", "json", folder], ok=(0, 1))
    cmd = f"{shlex.quote(binary)} check --no-config --quiet --input-format jsonl -"
    started = time.monotonic()
    n = sc.textFile(records, PARTITIONS).pipe(cmd).count()
    spark_s = time.monotonic() - started
    print(f"figure: Spark local[{PARTITIONS}] textFile + rdd.pipe of check --input-format jsonl: "
          f"{n} records, {mb:.0f} MB of records in {spark_s:.1f} s ({mb / spark_s:.1f} MB/s); "
          f"the folder run of the same articles {folder_s:.1f} s")


def main():
    corpus = os.path.abspath(sys.argv[1])
    binary = os.path.abspath(os.environ["ASCRIBE_BIN"])
    paths = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    # The bytes as they are: a record's offsets are the file's.
    records = []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as f:
            records.append(json.dumps({"id": os.path.basename(p), "text": f.read()}))
    mb = sum(len(r.encode()) for r in records) / 1024 ** 2
    passed, failed = 0, 0

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    conf = SparkConf().setMaster(f"local[{PARTITIONS}]").setAppName("ascribe-spark-test")
    conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        rdd = sc.parallelize(records, PARTITIONS).cache()
        rdd.count()

        # 1. check: records through the pipe against the folder run.
        folder, folder_s = run([binary, "check", "--no-config", "--quiet", "--format", "json", corpus], ok=(0, 1))
        want = {os.path.basename(f["path"]): f["findings"] for f in json.loads(folder)["files"]}
        started = time.monotonic()
        cmd = f"{shlex.quote(binary)} check --no-config --quiet --input-format jsonl -"
        lines = rdd.pipe(cmd).collect()
        spark_s = time.monotonic() - started
        got = {}
        for line in lines:
            r = json.loads(line)
            if "error" in r or r["id"] in got:
                print(f"bad or repeated result line: {line[:200]}")
                failed += 1
                continue
            got[r["id"]] = r["findings"]
        differ = [k for k in want if want[k] != got.get(k)]
        findings = sum(len(v) for v in want.values())
        if differ or len(got) != len(want):
            print(f"check: FAILED: {len(differ)} of {len(want)} articles differ "
                  f"({len(got)} results), first: {differ[:3]}")
            failed += 1
        else:
            print(f"check: ok: {len(got)} articles, {findings} findings identical "
                  f"to the folder run")
            passed += 1
        print(f"figure: Spark local[{PARTITIONS}] rdd.pipe of check --input-format jsonl "
              f"{mb / spark_s:.1f} MB/s ({spark_s:.2f} s for {mb:.1f} MB); "
              f"folder run {mb / folder_s:.1f} MB/s ({folder_s:.2f} s)")

        # 2. names: partial counts per partition, merged, against one run.
        whole, whole_s = run([binary, "names", "learn", corpus])
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "counts")
            started = time.monotonic()
            cmd = f"{shlex.quote(binary)} names learn --counts --input-format jsonl -"
            rdd.pipe(cmd, checkCode=True).saveAsTextFile(out)
            parts = sorted(glob.glob(os.path.join(out, "part-*")))
            merged, _ = run([binary, "names", "merge"] + parts)
            names_s = time.monotonic() - started
        if merged == whole and len(parts) == PARTITIONS:
            print(f"names: ok: {PARTITIONS} partial counts merged give the folder run's list, "
                  f"{len(whole.encode())} bytes identical")
            passed += 1
        else:
            print(f"names: FAILED: {len(parts)} parts; merged list differs from the folder run's")
            failed += 1
        print(f"figure: Spark local[{PARTITIONS}] names learn --counts + names merge "
              f"{names_s:.2f} s; names learn on the folder {whole_s:.2f} s")
        if "--time" in sys.argv:
            i = sys.argv.index("--time")
            time_large(sc, binary, sys.argv[i + 1], sys.argv[i + 2])
    finally:
        sc.stop()
    print(f"spark: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
