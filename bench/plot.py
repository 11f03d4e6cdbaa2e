#!/usr/bin/env python3
"""Log-log plots of the benchmarks, as SVG: one per measure, time against variants, a line per
contestant (colour) and shape of codes (dash and marker).

Usage:
  python3 bench/plot.py --compile bench/target/compile-time.json [more.json ...] \\
      [--runtime bench/target/criterion --runs run1 run2 run3] [--out bench/plots]
Compile time: the JSON that `compile_time.py --json` writes (several are merged, e.g. runs of
other sizes); one plot per measure (`check`,
`build`, and the `_incr` ones when measured), the median wall time, and one of peak memory
per measure. Run time: criterion's results (the median of each run, then the median over the
runs and the copies, as `report.py` reads them); one plot per operation, the time of one
iteration over the input sequence. Python 3 standard library only.
"""

import argparse
import json
import math
import statistics
from pathlib import Path

from report import OPS, load

COLOURS = {
    "derive": "#1f6feb",
    "derive_debug": "#8957e5",
    "derive_repr": "#0a9396",
    "hand": "#2da44e",
    "peers": "#cf222e",
}
SHAPES = {
    # shape: (dash pattern, marker)
    "mix": ("", "circle"),
    "isolated": ("6 3", "square"),
    "dense": ("2 2", "triangle"),
    "runs": ("8 3 2 3", "diamond"),
    "wide": ("1 3", "cross"),
    "split": ("12 4", "plus"),
}
W, H = 760, 500
LEFT, RIGHT, TOP, BOTTOM = 70, 190, 40, 50


def decades(lo, hi):
    """The powers of ten that bracket [lo, hi]."""
    return math.floor(math.log10(lo)), math.ceil(math.log10(hi))


def label(value, unit):
    if unit == "s":
        return f"{value:g} s" if value >= 1 else f"{value * 1000:g} ms"
    if unit == "ns":
        if value >= 1e6:
            return f"{value / 1e6:g} ms"
        return f"{value / 1000:g} µs" if value >= 1000 else f"{value:g} ns"
    return f"{value:g} {unit}"


def marker(kind, x, y, colour):
    r = 3.5
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}"/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" fill="{colour}"/>'
    if kind == "triangle":
        return (f'<polygon points="{x:.1f},{y - r - 1:.1f} {x - r - 0.5:.1f},{y + r:.1f} '
                f'{x + r + 0.5:.1f},{y + r:.1f}" fill="{colour}"/>')
    if kind == "diamond":
        return (f'<polygon points="{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y:.1f} {x:.1f},{y + r + 1:.1f} '
                f'{x - r - 1:.1f},{y:.1f}" fill="{colour}"/>')
    if kind == "cross":
        return (f'<path d="M{x - r:.1f},{y - r:.1f}L{x + r:.1f},{y + r:.1f}M{x - r:.1f},{y + r:.1f}'
                f'L{x + r:.1f},{y - r:.1f}" stroke="{colour}" stroke-width="2"/>')
    return (f'<path d="M{x - r - 1:.1f},{y:.1f}H{x + r + 1:.1f}M{x:.1f},{y - r - 1:.1f}V{y + r + 1:.1f}" '
            f'stroke="{colour}" stroke-width="2"/>')


def svg(title, unit, series):
    """`series`: {(kind, shape): [(variants, value), ...]}. One log-log chart."""
    points = [p for line in series.values() for p in line if p[1] > 0]
    (x0, x1), (y0, y1) = decades(min(p[0] for p in points), max(p[0] for p in points)), decades(
        min(p[1] for p in points), max(p[1] for p in points))
    x1, y1 = max(x1, x0 + 1), max(y1, y0 + 1)
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def px(v):
        return LEFT + (math.log10(v) - x0) / (x1 - x0) * pw

    def py(v):
        return TOP + ph - (math.log10(v) - y0) / (y1 - y0) * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{LEFT}" y="22" font-size="15" font-weight="bold">{title}</text>']
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        out.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + ph}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{TOP + ph + 18}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label(10 ** e, unit)}</text>')
        for m in range(2, 10):
            if e < y1:
                y = py(m * 10 ** e)
                out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + pw}" y2="{y:.1f}" stroke="#f3f3f3"/>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{pw}" height="{ph}" fill="none" stroke="#888"/>')
    out.append(f'<text x="{LEFT + pw / 2}" y="{H - 12}" text-anchor="middle">variants (log)</text>')
    for (kind, shape), line in sorted(series.items()):
        line = sorted(p for p in line if p[1] > 0)
        colour = COLOURS.get(kind, "#555")
        dash, mark = SHAPES.get(shape, ("", "circle"))
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(line))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="1.6"{dash_attr}>'
                   f'<title>{kind}, {shape}</title></path>')
        out.extend(marker(mark, px(x), py(y), colour) for x, y in line)
    # Legends: contestants by colour, shapes by dash and marker.
    lx, ly = LEFT + pw + 20, TOP + 10
    kinds = sorted({k for k, _ in series}, key=list(COLOURS).index)
    shapes = sorted({s for _, s in series}, key=list(SHAPES).index)
    out.append(f'<text x="{lx}" y="{ly}" font-weight="bold">contestant</text>')
    for i, kind in enumerate(kinds):
        y = ly + 18 * (i + 1)
        out.append(f'<line x1="{lx}" y1="{y - 4}" x2="{lx + 24}" y2="{y - 4}" stroke="{COLOURS[kind]}" '
                   'stroke-width="3"/>')
        out.append(f'<text x="{lx + 30}" y="{y}">{kind}</text>')
    ly += 18 * (len(kinds) + 2)
    out.append(f'<text x="{lx}" y="{ly}" font-weight="bold">shape</text>')
    for i, shape in enumerate(shapes):
        y = ly + 18 * (i + 1)
        dash, mark = SHAPES[shape]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{lx}" y1="{y - 4}" x2="{lx + 24}" y2="{y - 4}" stroke="#333" '
                   f'stroke-width="1.6"{dash_attr}/>')
        out.append(marker(mark, lx + 12, y - 4, "#333"))
        out.append(f'<text x="{lx + 30}" y="{y}">{shape}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def compile_plots(paths, out):
    """The compile-time plots of one or more of compile_time.py's JSON files (runs of other
    sizes, say), their results merged: a later file's figure replaces an earlier one's."""
    results, measures = {}, []
    for path in paths:
        data = json.loads(path.read_text())
        for shape, sizes in data["results"].items():
            for size, kinds in sizes.items():
                results.setdefault(shape, {}).setdefault(size, {}).update(kinds)
        measures += [m for m in data["meta"]["measures"] if m not in measures]
    written = []
    for measure in measures:
        for field, unit, what in (("wall_s", "s", "median wall time"), ("rss_mib", "MiB", "peak memory")):
            series = {}
            for shape, sizes in results.items():
                for size, kinds in sizes.items():
                    for kind, measures in kinds.items():
                        if measure in measures:
                            series.setdefault((kind, shape), []).append((int(size), measures[measure][field]))
            name = f"compile-{measure}-{'time' if field == 'wall_s' else 'memory'}.svg"
            title = f"cargo {measure.replace('_incr', ' (no-change rebuild)')}: {what}"
            (out / name).write_text(svg(title, unit, series))
            written.append(name)
    return written


def runtime_plots(root, runs, out):
    results = load(root, runs)
    written = []
    for op in OPS:
        series = {}
        for (size, shape, o), kinds in results.items():
            if o != op:
                continue
            for kind, times in kinds.items():
                series.setdefault((kind, shape), []).append((size, statistics.median(times)))
        if not series:
            continue
        name = f"runtime-{op}.svg"
        (out / name).write_text(svg(f"{op}: median time of one pass over the inputs", "ns", series))
        written.append(name)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compile", type=Path, nargs="+", help="compile_time.py's JSON files")
    parser.add_argument("--runtime", type=Path, help="criterion's directory (bench/target/criterion)")
    parser.add_argument("--runs", nargs="+", default=["new"], help="criterion baselines to combine")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "plots")
    args = parser.parse_args()
    if not args.compile and not args.runtime:
        parser.error("give --compile, --runtime or both")
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    if args.compile:
        written += compile_plots(args.compile, args.out)
    if args.runtime:
        written += runtime_plots(args.runtime, args.runs, args.out)
    for name in written:
        print(args.out / name)


if __name__ == "__main__":
    main()
