#!/usr/bin/env python3
"""End-to-end test of `dyad serve` in headless Chromium, as a person would use the page.

Starts the server on a free loopback port, loads the page, moves the date slider to
2015 with the mouse and the arrow keys, checks that practical cooperation (COOP)
shows as suspended, clicks an event to see its sources, and saves a screenshot.
Arguments after the screenshot go to `dyad serve`; with `--index-file`, it also
checks that the event-data band is drawn, that the cursor runs through it, and
that the line under the slider reads the band at January 2015.

Talks to Chromium over --remote-debugging-pipe (file descriptors 3 and 4), so it
needs nothing beyond Python's standard library and Debian's `chromium`.

usage: scripts/e2e-browser.py DYAD_BINARY [SCREENSHOT.png [SERVE-ARGUMENTS…]]
"""
import base64, fcntl, json, os, re, select, shutil, signal, subprocess, sys, tempfile, time

TIMEOUT = 60


class Browser:
    def __init__(self, executable):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def wire():
            # Move both ends out of the way first, so neither is overwritten before it is placed on 3 or 4.
            high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.profile = tempfile.mkdtemp(prefix="dyad-e2e-")
        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--remote-debugging-pipe",
             f"--user-data-dir={self.profile}", "--window-size=1400,1000", "about:blank"],
            close_fds=False, preexec_fn=wire,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + TIMEOUT
        while True:
            reply = self.read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.time()
            if left <= 0 or not select.select([self.from_chrome], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_chrome, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        self.send("Page.navigate", {"url": url})

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def key(self, name, code):
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": name, "code": name, "windowsVirtualKeyCode": code})

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def start_server(dyad, extra):
    server = subprocess.Popen([dyad, "serve", "--host", "127.0.0.1", "--port", "0", *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            raise RuntimeError("dyad serve exited before it was ready")
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if found:
            return server, f"http://127.0.0.1:{found.group(1)}/"
    raise TimeoutError("dyad serve did not say where it listens")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dyad = sys.argv[1]
    screenshot = sys.argv[2] if len(sys.argv) > 2 else "out/e2e-2015.png"
    serve_arguments = sys.argv[3:]
    with_index = "--index-file" in serve_arguments
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("e2e-browser: chromium is not installed (apt-get install chromium)")
    server, url = start_server(dyad, serve_arguments)
    browser = Browser(chromium)
    try:
        browser.open(url)
        browser.wait_for("!!document.querySelector('#snapshot tr[data-entity]')", "the first snapshot")

        # Click on the slider where 2015 lies, as a person would, then step with the arrow keys to January 2015.
        rect = browser.eval("""(() => { const s = document.getElementById('at'); s.scrollIntoView({block: 'center'});
            const r = s.getBoundingClientRect(); return {x: r.left, y: r.top + r.height / 2, w: r.width, max: Number(s.max),
            start: document.querySelector('#timeline svg').dataset.start}; })()""")
        start_year, start_month = map(int, rect["start"].split("-")[:2])
        target = (2015 * 12) - (start_year * 12 + start_month - 1)
        thumb = 8
        x = rect["x"] + thumb + (rect["w"] - 2 * thumb) * target / rect["max"]
        browser.click(x, rect["y"])
        for _ in range(24):
            value = int(browser.eval("Number(document.getElementById('at').value)"))
            if value == target:
                break
            browser.key("ArrowRight", 39) if value < target else browser.key("ArrowLeft", 37)
        label = browser.wait_for(
            "document.getElementById('snapshot-date').textContent === '1 January 2015' && document.getElementById('snapshot-date').textContent",
            "the snapshot on 1 January 2015")
        row = browser.wait_for(
            """(() => { const r = document.querySelector('#snapshot tr[data-entity="COOP"]');
                return r && {status: r.dataset.status, certainty: r.dataset.certainty, text: r.innerText}; })()""",
            "the row of practical cooperation")
        assert row["status"] == "suspended", f"COOP on {label}: expected suspended, got {row}"
        assert "suspended" in row["text"], f"COOP row does not say suspended: {row['text']!r}"
        band = browser.eval("""(() => { const svg = document.querySelector('#timeline svg');
            const g = svg.querySelector('g.index-band'); const line = svg.querySelector('g.cursor-group line');
            const note = document.getElementById('index-note');
            return {bars: g ? g.querySelectorAll('rect').length : 0, cursorEnd: Number(line.getAttribute('y2')),
                    lanesBottom: Number(svg.dataset.lanesBottom), noteShown: !note.hidden, note: note.textContent}; })()""")
        if with_index:
            assert band["bars"] > 0, f"no bars in the event-data band: {band}"
            assert band["cursorEnd"] > band["lanesBottom"], f"the cursor stops above the band: {band}"
            note = browser.wait_for(
                "(() => { const t = document.getElementById('index-note').textContent; return t.includes('January 2015') && t; })()",
                "the index line for January 2015")
            assert band["noteShown"] and "events" in note and "mean Goldstein" in note, f"index line: {note!r}"
            summary_index = f"; band of {band['bars']} bars, index line {note!r}"
        else:
            assert band["bars"] == 0 and not band["noteShown"], f"a band or index line without --index-file: {band}"
            summary_index = ""

        # Click the first event marker of practical cooperation and check that its sources show.
        marker = browser.eval("""(() => { const m = document.querySelector('#timeline g.lane[data-entity="COOP"] .ev');
            if (!m) return null; m.scrollIntoView({block: 'center'});
            const shapes = m.querySelectorAll('path'); const r = shapes[shapes.length - 1].getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2, id: m.dataset.event}; })()""")
        assert marker, "no event marker on the lane of practical cooperation"
        browser.click(marker["x"], marker["y"])
        details = browser.wait_for(
            f"(() => {{ const d = document.querySelector('#details dl[data-event=\"{marker['id']}\"]'); return d && d.innerText; }})()",
            "the event's details")
        assert "Sources" in details, f"event details lack sources: {details!r}"

        browser.eval("window.scrollTo(0, 0)")
        height = browser.eval("Math.ceil(document.documentElement.scrollHeight)")
        shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                       "clip": {"x": 0, "y": 0, "width": 1400, "height": height, "scale": 1}})
        os.makedirs(os.path.dirname(screenshot) or ".", exist_ok=True)
        with open(screenshot, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        summary = (f"e2e-browser: COOP on {label} is {row['status']} ({row['certainty']}); "
                   f"event {marker['id']} shows its sources{summary_index}; screenshot {screenshot}")
    finally:
        browser.close()
        stop_server(server)
    print(summary)
    print("e2e-browser: server stopped cleanly on SIGINT")
    print("e2e-browser: 1 passed, 0 failed")


def stop_server(server):
    """Ctrl-C must stop the server cleanly and soon: exit status 0 within ten seconds."""
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        raise AssertionError("dyad serve did not stop within 10 s of SIGINT")
    if code != 0:
        raise AssertionError(f"dyad serve exited with {code} after SIGINT")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, RuntimeError, TimeoutError) as error:
        print(f"e2e-browser: FAILED: {error}", file=sys.stderr)
        print("e2e-browser: 0 passed, 1 failed")
        sys.exit(1)
