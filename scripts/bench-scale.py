#!/usr/bin/env python3
"""Issue 24's scale targets, measured: HTML pages, JSON Lines, a 1 GB stream.

Usage (from the project root, after `cargo build --release`):
  python3 scripts/bench-scale.py                  # all three, 64 MB of articles
  python3 scripts/bench-scale.py --mb 32 --runs 3
  python3 scripts/bench-scale.py --stream-gb 1    # only the 1 GB stream's memory
  python3 scripts/bench-scale.py --bin PATH       # another binary

The articles are the PolNeAR train articles in ../shared (real news, ~4 KB
each), copied round after round under new names until the size asked for,
under /tmp/ascribe-scale-bench (made once, reused). Each run is a whole
process, its output thrown away, timed by wall clock; peak memory is
/usr/bin/time's "Maximum resident set size". Runs:

- folder: `check --format json FOLDER` on the articles as .txt files;
- jsonl: `check --input-format jsonl FILE` on the same articles, one record
  each (`{"id", "text"}`), same bytes of article text;
- html: `check --format json FOLDER` on the articles as .html pages (each in
  a typical article page: head with styles and scripts, header and nav,
  paragraphs with quotation marks as references, a figure with a caption,
  an aside, a footer); MB/s counted in bytes of HTML;
- stream: `check --input-format jsonl -` on a stream of --stream-gb GB of
  records written to its standard input by this script: peak RSS.

The machine is shared and noisy: compare figures of one run only. Prints a
table, then `figure:` lines.
"""
import argparse
import glob
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "..", "shared", "corpus", "polnear", "train", "text")
WORK = "/tmp/ascribe-scale-bench"

SECTIONS = ["World", "US", "Politics", "Business", "Markets", "Technology", "Science",
            "Health", "Climate", "Opinion", "Sport", "Arts", "Books", "Travel", "Food"]

# A mega-menu of sections and their desks, as news sites' headers have.
NAV = "".join(
    f'<li class="nav-item"><a href="/{s.lower()}" data-track="nav:{s.lower()}">{s}</a>'
    f'<ul class="sub">' + "".join(
        f'<li><a href="/{s.lower()}/{d}" data-track="nav:{s.lower()}:{d}">{d.title()}</a></li>'
        for d in ("latest", "analysis", "video", "newsletters"))
    + "</ul></li>" for s in SECTIONS)

# The page state a CMS front end inlines for its scripts.
STATE = json.dumps({
    "page": {"type": "article", "section": "politics", "paywall": {"metered": True, "limit": 5}},
    "ads": [{"slot": f"ad-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"pos": i}}
            for i in range(12)],
    "related": [{"url": f"/politics/story-{i}", "headline": f"Related story number {i}"}
                for i in range(10)],
})

HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Paper</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<link rel="stylesheet" href="/assets/site.css"><link rel="preload" href="/fonts/serif.woff2" as="font">
<style>body{{font-family:Georgia,serif;margin:0}} .masthead{{display:flex}} figure img{{max-width:100%}}
.nav-item .sub{{display:none}} .nav-item:hover .sub{{display:block}} .story p{{line-height:1.6}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','UA-000000-1',{{"anonymize_ip":true,"page_type":"article"}});</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{jtitle}"}}</script>
<script id="__STATE__" type="application/json">""" + STATE.replace("{", "{{").replace("}", "}}") + """</script>
</head>
<body class="article-page">
<header class="masthead"><a class="logo" href="/">The Paper</a>
<nav aria-label="Sections"><ul class="nav">""" + NAV.replace("{", "{{").replace("}", "}}") + """</ul></nav>
</header>
<main><article class="story">
"""

TAIL = """</article>
<aside class="most-read"><h2>Most read</h2><ol>""" + "".join(
    f'<li><a href="/story-{i}">&ldquo;Other story number {i}</a></li>' for i in range(10)) + """</ol></aside>
</main>
<footer><nav aria-label="Footer"><ul>""" + "".join(
    f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS) + """</ul></nav>
<p>&copy; 2024 The Paper. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
<!-- served by edge 12 -->
<script src="/assets/app.js" defer></script>
</body></html>
"""


def escape(t):
    t = html.escape(t, quote=False)
    return (
        t.replace("\u201c", "&ldquo;")
        .replace("\u201d", "&#8221;")
        .replace("\u2019", "&rsquo;")
        .replace("\u2018", "&#x2018;")
    )


def page(text):
    """A plain-text article (headline, blank-line paragraphs) as a page."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    title = blocks[0].replace("\n", " ") if blocks else ""
    out = [HEAD.format(title=escape(title), jtitle=json.dumps(title)[1:-1])]
    for i, b in enumerate(blocks):
        if i == 0:
            out.append(f'<h1 class="headline">{escape(b)}</h1>\n')
            out.append('<p class="byline">By <a href="/staff">Staff</a> <time datetime="2024-05-01">May 1</time></p>\n')
        else:
            out.append(f"<p>{escape(b)}</p>\n")
        if i == 1:
            out.append('<figure><img src="/img/a.jpg" alt="A photo" width="800" height="450">'
                       "<figcaption>The scene on Monday. (Photo: The Paper)</figcaption></figure>\n")
    out.append(TAIL)
    return "".join(out)


def texts():
    paths = sorted(glob.glob(os.path.join(SOURCE, "*.txt")))
    if not paths:
        sys.exit(f"no articles under {SOURCE}")
    return [open(p, encoding="utf-8").read() for p in paths]


def build(mb):
    """The articles as .txt files, as records and as .html pages: the same
    articles, round after round, to `mb` MB of text."""
    base = os.path.join(WORK, f"{mb}mb")
    stamp = os.path.join(base, ".complete")
    if os.path.exists(stamp):
        return base
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    arts = texts()
    target, total, rnd = mb * 1024 * 1024, 0, 0
    with open(os.path.join(base, "records.jsonl"), "w", encoding="utf-8") as rec:
        while total < target:
            for sub in ("text", "html"):
                os.makedirs(os.path.join(base, sub, f"r{rnd:03d}"), exist_ok=True)
            for i, t in enumerate(arts):
                name = f"r{rnd:03d}/{i:04d}"
                with open(os.path.join(base, "text", name + ".txt"), "w", encoding="utf-8") as fh:
                    fh.write(t)
                with open(os.path.join(base, "html", name + ".html"), "w", encoding="utf-8") as fh:
                    fh.write(page(t))
                rec.write(json.dumps({"id": name, "text": t}, ensure_ascii=False) + "\n")
                total += len(t.encode("utf-8"))
                if total >= target:
                    break
            rnd += 1
    open(stamp, "w").close()
    return base


def size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs
               if not f.startswith("."))


def timed(cmd, stdin=None, feed=None):
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one
    run under /usr/bin/time -v. CPU seconds say more than wall time on a
    machine that other work shares."""
    full = ["/usr/bin/time", "-v"] + cmd
    start = time.monotonic()
    p = subprocess.Popen(full, stdin=subprocess.PIPE if feed else stdin,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = []
    reader = threading.Thread(target=lambda: err.append(p.stderr.read()))
    reader.start()
    if feed:
        try:
            feed(p.stdin)
        finally:
            p.stdin.close()
    p.wait()
    reader.join()
    wall = time.monotonic() - start
    text = err[0].decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {p.returncode}:\n{text[-2000:]}")
    field = lambda name: next(float(l.split(":")[1]) for l in text.splitlines() if name in l)
    cpu = field("User time (seconds)") + field("System time (seconds)")
    return wall, field("Maximum resident set size") / 1024, cpu


def stream(gb):
    """Writes `gb` GB of records, the articles round after round."""
    arts = [json.dumps({"id": i, "text": t}, ensure_ascii=False).encode() + b"\n"
            for i, t in enumerate(texts())]
    target = int(gb * 1024 ** 3)

    def feed(out):
        sent = 0
        while sent < target:
            for a in arts:
                out.write(a)
                sent += len(a)
                if sent >= target:
                    break
    return feed, target


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--stream-gb", type=float, default=1.0)
    ap.add_argument("--only-stream", action="store_true", help="measure the stream only")
    ap.add_argument("--no-stream", action="store_true", help="skip the stream")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "ascribe"))
    a = ap.parse_args()
    if not os.path.exists(a.bin):
        sys.exit(f"no binary at {a.bin}: cargo build --release first, or --bin PATH")
    figures = []
    if not a.only_stream:
        base = build(a.mb)
        runs = [
            ("folder", [a.bin, "check", "--format", "json", os.path.join(base, "text")],
             size(os.path.join(base, "text")), "MB of text"),
            ("jsonl", [a.bin, "check", "--input-format", "jsonl", os.path.join(base, "records.jsonl")],
             size(os.path.join(base, "text")), "MB of text"),
            ("html", [a.bin, "check", "--format", "json", os.path.join(base, "html")],
             size(os.path.join(base, "html")), "MB of HTML"),
        ]
        print(f"{'run':8} {'MB':>8} {'median s':>9} {'MB/s':>8} {'CPU s':>7} {'MB/CPU s':>9} {'peak MiB':>9}")
        speed, per_cpu = {}, {}
        # Interleaved, so that a burst of other work on the machine falls
        # on every kind of run alike.
        results = {name: [] for name, *_ in runs}
        for _ in range(a.runs):
            for name, cmd, _, _ in runs:
                results[name].append(timed(cmd + ["--quiet"]))
        for name, cmd, nbytes, unit in runs:
            wall = statistics.median(r[0] for r in results[name])
            rss = max(r[1] for r in results[name])
            cpu = statistics.median(r[2] for r in results[name])
            mb = nbytes / 1024 ** 2
            speed[name], per_cpu[name] = mb / wall, mb / cpu
            print(f"{name:8} {mb:8.1f} {wall:9.2f} {mb / wall:8.1f} {cpu:7.2f} {mb / cpu:9.1f} {rss:9.0f}  ({unit})")
        text_mb = size(os.path.join(base, "text")) / 1024 ** 2
        html_mb = size(os.path.join(base, "html")) / 1024 ** 2
        figures.append(f"figure: check on HTML pages {speed['html']:.0f} MB/s of HTML "
                       f"({per_cpu['html']:.0f} MB per CPU second; {html_mb:.0f} MB of pages holding "
                       f"{text_mb:.0f} MB of article text; the same articles as text files "
                       f"{speed['folder']:.0f} MB/s)")
        figures.append(f"figure: check --input-format jsonl {speed['jsonl']:.0f} MB/s of article text, "
                       f"{100 * speed['jsonl'] / speed['folder']:.0f}% of the folder run's "
                       f"{speed['folder']:.0f} MB/s on the same {text_mb:.0f} MB "
                       f"({100 * per_cpu['jsonl'] / per_cpu['folder']:.0f}% by CPU time)")
    if not a.no_stream:
        feed, nbytes = stream(a.stream_gb)
        wall, rss, _ = timed([a.bin, "check", "--quiet", "--input-format", "jsonl", "-"], feed=feed)
        figures.append(f"figure: a {nbytes / 1024 ** 3:.1f} GiB JSON Lines stream checked in "
                       f"{rss:.0f} MiB peak RSS ({nbytes / 1024 ** 2 / wall:.0f} MB/s of records)")
    for f in figures:
        print(f)


if __name__ == "__main__":
    main()
