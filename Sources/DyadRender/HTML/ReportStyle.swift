/// The report's style sheet, inlined so the file needs nothing else to look right.
enum ReportStyle {
    static let css = """
        :root { --ink: #1f2933; --muted: #5c6b7a; --line: #dfe4ea; --bg: #f3f5f7; --active: #2f7d5a; --suspended: #b36b00; \
        --closed: #a33a3a; --replaced: #3d5a80; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        header { padding: 24px 32px 4px; } h1 { margin: 0; font-size: 28px; font-weight: 650; }
        .note { color: var(--muted); max-width: 70em; margin: 6px 0; } .meta { color: var(--muted); font-size: 13px; margin: 0; }
        main { padding: 12px 32px 24px; display: grid; gap: 20px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; }
        h2 { margin: 0 0 10px; font-size: 17px; } .hint { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
        .chart svg { display: block; max-width: 100%; height: auto; } .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        tr.group td { background: var(--bg); color: var(--muted); font-weight: 650; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        tr:target { background: #fff6dd; }
        .badge { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
        .badge.active { background: #e3f1ea; color: var(--active); } .badge.suspended { background: #fbecd3; color: var(--suspended); }
        .badge.closed { background: #f6e1e1; color: var(--closed); } .badge.replaced { background: #e3e9f2; color: var(--replaced); }
        .badge.not-yet { color: var(--muted); border-color: var(--line); } .badge.possible { border-style: dashed; border-color: currentColor; }
        .since { font-size: 12px; color: var(--muted); white-space: nowrap; } .otherwise { font-size: 12px; color: var(--suspended); }
        .date { white-space: nowrap; font-variant-numeric: tabular-nums; } .type { font-weight: 600; }
        .muted { color: var(--muted); font-size: 13px; } td .note { color: var(--muted); font-size: 13px; margin-top: 2px; }
        a { color: var(--replaced); } footer { padding: 0 32px 28px; color: var(--muted); font-size: 13px; }
        @media print { body { background: #fff; } section { border: 0; padding: 0; } }
        """
}
