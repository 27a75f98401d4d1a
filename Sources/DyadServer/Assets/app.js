// Dyad's web page: the chart, a date slider with the snapshot at that date,
// the changes between two dates, and the sources of any event clicked.
"use strict";

const state = { events: new Map(), sources: new Map(), names: new Map(), start: null, months: 0, request: 0, index: null };

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: "bad response", detail: `The server answered ${response.status}.` }));
  if (!response.ok) throw new Error(`${body.error}: ${body.detail}`);
  return body;
}

function showError(target, error) {
  target.replaceChildren(el("p", { class: "error", role: "alert" }, String(error.message || error)));
}

const name = (id) => state.names.get(id) || id;
// Changes name an actor's part in an institution as ACTOR@INSTITUTION.
const entityName = (id) => (id && id.includes("@") ? id.split("@").map(name).join(" in ") : name(id || ""));
// The chart's order of kinds, so that the table reads in the same order as the lanes.
const kindOrder = ["relationship", "forum", "programme", "cooperation", "channel", "operation", "agreement"];
const pad = (n) => String(n).padStart(2, "0");

// Slider positions are months counted from the chart's first month, so every stop is the first of a month.
function monthToDate(index) {
  const total = state.start.year * 12 + (state.start.month - 1) + index;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

function dateToMonth(text) {
  const [y, m] = text.split("-").map(Number);
  return (y * 12 + (m - 1)) - (state.start.year * 12 + (state.start.month - 1));
}

function formatDay(text) {
  const [y, m, d] = text.split("-").map(Number);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}

function describeDate(date) {
  if (!date) return "";
  return date.earliest === date.latest ? date.text : `${date.text} (between ${date.earliest} and ${date.latest})`;
}

function eventButton(id) {
  const event = state.events.get(id);
  const label = event ? `${event.type} · ${event.date.text}` : id;
  return el("button", { class: "link", type: "button", "data-event": id, title: event && event.note ? event.note : null }, label);
}

function badge(status, certainty) {
  const symbols = { active: "●", suspended: "❚❚", closed: "✕", replaced: "→", "not yet": "○" };
  const classes = `badge ${status.replace(" ", "-")}${certainty === "possible" ? " possible" : ""}`;
  return el("span", { class: classes }, `${symbols[status] || ""} ${status}`);
}

function certaintyCell(s) {
  if (s.certainty === "certain") return el("span", { class: "certainty" }, "certain");
  const otherwise = s.otherwise ? `; otherwise ${s.otherwise}` : "";
  return el("span", { class: "certainty possible", title: "An event that would change this may or may not have happened by this date." },
    `possibly${otherwise}`, s.pending.length ? el("br") : null, s.pending.map((id) => eventButton(id)));
}

function renderSnapshot(snapshot) {
  $("snapshot-date").textContent = formatDay(snapshot.at.earliest);
  const rows = [];
  let kind = null;
  const rank = (entry) => { const i = kindOrder.indexOf(entry.kind); return i < 0 ? kindOrder.length : i; };
  const entries = snapshot.entries.map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index).map((item) => item.entry);
  for (const entry of entries) {
    if (entry.kind !== kind) {
      kind = entry.kind;
      rows.push(el("tr", { class: "group" }, el("td", { colspan: "4" }, entry.heading || kind)));
    }
    const s = entry.state;
    const parts = entry.parts.filter((p) => p.state.status !== s.status || p.state.certainty !== s.certainty);
    rows.push(el("tr", { "data-entity": entry.id, "data-status": s.status, "data-certainty": s.certainty, class: s.status.replace(" ", "-") },
      el("td", { class: "name" }, entry.name,
        parts.length ? el("div", { class: "parts" }, parts.map((p) => `${p.name}: ${p.state.status}${p.state.certainty === "possible" ? " (possibly)" : ""}`).join(" · ")) : null),
      el("td", {}, badge(s.status, s.certainty)),
      el("td", {}, certaintyCell(s)),
      el("td", {}, s.since ? eventButton(s.since) : "")));
  }
  $("snapshot").replaceChildren(el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Institution"), el("th", {}, "Status"), el("th", {}, "Certainty"), el("th", {}, "Since"))),
    el("tbody", {}, rows)));
}

async function loadSnapshot(date) {
  const ticket = ++state.request;
  try {
    const snapshot = await getJSON(`/api/state?at=${encodeURIComponent(date)}`);
    if (ticket === state.request) renderSnapshot(snapshot);
  } catch (error) {
    if (ticket === state.request) showError($("snapshot"), error);
  }
}

function moveCursor(date) {
  const svg = document.querySelector("#timeline svg");
  if (!svg) return;
  const start = Date.parse(svg.dataset.start), end = Date.parse(svg.dataset.end), at = Date.parse(date);
  const x = Number(svg.dataset.plotX) + (at - start) / (end - start) * Number(svg.dataset.plotWidth);
  let cursor = svg.querySelector("g.cursor-group");
  if (!cursor) {
    const ns = "http://www.w3.org/2000/svg";
    cursor = document.createElementNS(ns, "g");
    cursor.setAttribute("class", "cursor-group");
    cursor.setAttribute("pointer-events", "none");
    const line = document.createElementNS(ns, "line");
    line.setAttribute("class", "cursor");
    line.setAttribute("y1", Number(svg.dataset.lanesTop) - 4);
    // With an event-data band under the lanes, the cursor runs through it too, so the period it reads is visible.
    const band = svg.querySelector("g.index-band");
    const box = band ? band.getBBox() : null;
    line.setAttribute("y2", box ? box.y + box.height : svg.dataset.lanesBottom);
    cursor.append(line);
    svg.append(cursor);
  }
  const line = cursor.querySelector("line");
  line.setAttribute("x1", x);
  line.setAttribute("x2", x);
}

// The event-data index (dyad serve --index-file): what the band says about the period under the cursor.
function showIndexAt(date) {
  const index = state.index, target = $("index-note");
  if (!index) return;
  const period = index.periods.find((p) => p.start <= date && date <= p.end);
  const pair = `${index.a}–${index.b}`;
  const span = (p) => (p.start === p.end ? formatDay(p.start) : `${formatDay(p.start)} to ${formatDay(p.end)}`);
  let reading;
  if (!period) reading = "no data for this date in the file";
  else if (!period.count) reading = `${span(period)}: no events`;
  else {
    const mean = period.goldsteinMean;
    const sign = mean > 0 ? "+" : "";
    reading = `${span(period)}: ${period.count} event${period.count === 1 ? "" : "s"}, mean Goldstein ${sign}${mean.toFixed(1)}`;
  }
  target.replaceChildren(el("strong", {}, `Event data ${pair}`), ` (${index.source}, by ${index.by}) · ${reading}`);
}

function onSlide() {
  const date = monthToDate(Number($("at").value));
  $("at-label").textContent = formatDay(date);
  moveCursor(date);
  showIndexAt(date);
  loadSnapshot(date);
}

function showEvent(id) {
  const event = state.events.get(id);
  const target = $("details");
  if (!event) { showError(target, new Error(`No event ${id} in this history.`)); return; }
  document.querySelectorAll("#timeline .ev.selected").forEach((node) => node.classList.remove("selected"));
  document.querySelectorAll(`#timeline .ev[data-event="${CSS.escape(id)}"]`).forEach((node) => node.classList.add("selected"));
  const who = event.subjects.map(name).join(", ");
  const sources = event.sources.map((citation) => {
    const source = state.sources.get(citation.source);
    if (!source) return el("li", {}, citation.source);
    const title = source.url ? el("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.title) : source.title;
    return el("li", {}, title, ` — ${source.publisher}`, source.date ? ` (${source.date.text})` : "", citation.locator ? `, ${citation.locator}` : "");
  });
  target.replaceChildren(el("dl", { class: "event", "data-event": id },
    el("dt", {}, "What"), el("dd", {}, el("strong", {}, event.type), event.object ? ` ${name(event.object)}` : "", event.by ? ` → ${name(event.by)}` : ""),
    el("dt", {}, "When"), el("dd", {}, describeDate(event.date)),
    who ? [el("dt", {}, "Who"), el("dd", {}, who)] : null,
    event.place ? [el("dt", {}, "Where"), el("dd", {}, event.place)] : null,
    event.note ? [el("dt", {}, "Note"), el("dd", {}, event.note)] : null,
    el("dt", {}, "Sources"), el("dd", {}, sources.length ? el("ul", {}, sources) : "none given")));
}

async function loadChanges(evt) {
  if (evt) evt.preventDefault();
  const from = $("from").value, to = $("to").value, target = $("changes");
  try {
    const result = await getJSON(`/api/changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    if (!result.changes.length) { target.replaceChildren(el("p", { class: "hint" }, "No status changed between these dates.")); return; }
    target.replaceChildren(el("ul", { class: "changes" }, result.changes.map((change) =>
      el("li", { "data-entity": change.entity || "" },
        el("span", { class: "date" }, change.event.date.text), " ", el("strong", {}, entityName(change.entity)), " ",
        change.before && change.after
          ? [badge(change.before), el("span", { class: "arrow" }, "→"), badge(change.after)]
          : el("span", { class: "hint" }, "event"),
        change.certainty === "possible" ? el("span", { class: "certainty possible" }, " possibly in this window") : null,
        " ", eventButton(change.event.id)))));
  } catch (error) {
    showError(target, error);
  }
}

async function start() {
  try {
    const [history, svgText, index] = await Promise.all([
      getJSON("/api/history"),
      fetch("/api/timeline.svg?title=false").then((r) => { if (!r.ok) throw new Error(`The chart failed to load (${r.status}).`); return r.text(); }),
      // A 404 only means the server has no event data; the page works the same without the band.
      fetch("/api/index", { headers: { Accept: "application/json" } }).then((r) => (r.ok ? r.json() : null)).catch(() => null),
    ]);
    state.index = index;
    $("index-note").hidden = !index;
    if (index) $("index-hint").hidden = false;
    document.title = `${history.title} · Dyad`;
    $("title").textContent = history.title;
    $("note").textContent = history.note || "";
    for (const event of history.events) state.events.set(event.id, event);
    for (const source of history.sources) state.sources.set(source.id, source);
    for (const entity of [...history.actors, ...history.institutions]) state.names.set(entity.id, entity.name);
    $("timeline").innerHTML = svgText.replace(/^<\?xml[^>]*>\s*/, "");
    const svg = $("timeline").querySelector("svg");
    const [sy, sm] = svg.dataset.start.split("-").map(Number);
    state.start = { year: sy, month: sm };
    const last = dateToMonth(svg.dataset.end) - 1;
    const slider = $("at");
    slider.max = String(last);
    const today = new Date();
    slider.value = String(Math.min(last, dateToMonth(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-01`)));
    slider.addEventListener("input", onSlide);
    onSlide();
    loadChanges();
  } catch (error) {
    showError($("timeline"), error);
  }
}

document.addEventListener("click", (evt) => {
  const target = evt.target.closest("[data-event]");
  if (target && !target.matches("dl")) showEvent(target.getAttribute("data-event"));
});
document.addEventListener("keydown", (evt) => {
  if (evt.key === "Enter" && evt.target.matches && evt.target.matches("#timeline .ev")) showEvent(evt.target.getAttribute("data-event"));
});
$("changes-form").addEventListener("submit", loadChanges);
start();
