/* Dyad dashboard: vanilla JS + SVG. Record text is only ever inserted as text nodes
   (textContent / createTextNode), never as HTML, so an article holding <script> stays inert. */
"use strict";

const QUADS = [
  { q: 1, key: "verbal_coop", label: "Verbal cooperation", color: "#3b82c4" },
  { q: 2, key: "material_coop", label: "Material cooperation", color: "#1f9d6b" },
  { q: 3, key: "verbal_conflict", label: "Verbal conflict", color: "#e8912d" },
  { q: 4, key: "material_conflict", label: "Material conflict", color: "#c8372d" },
];
const QUAD = Object.fromEntries(QUADS.map((d) => [d.q, d]));
const SVGNS = "http://www.w3.org/2000/svg";

// ---------------------------------------------------------------- helpers
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "style") el.style.cssText = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of kids.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of kids.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
const $ = (sel) => document.querySelector(sel);
const fmt = (n) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US"));
const fix = (n, d = 1) => (n === null || n === undefined ? "–" : Number(n).toFixed(d));

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}
function formData(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) out[k] = String(v).trim();
  return out;
}
function showError(box, err) {
  box.replaceChildren(h("p", { class: "empty" }, "Could not load: " + err.message));
}

// tooltip: lines of plain text
const tip = $("#tooltip");
function showTip(ev, lines) {
  tip.replaceChildren(...lines.filter(Boolean).map((l) => h("div", {}, l)));
  tip.hidden = false;
  const x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  const y = Math.min(ev.clientY + 14, window.innerHeight - tip.offsetHeight - 8);
  tip.style.left = x + "px";
  tip.style.top = y + "px";
}
function hideTip() { tip.hidden = true; }
function tipOn(el, lines) {
  el.addEventListener("mousemove", (e) => showTip(e, typeof lines === "function" ? lines() : lines));
  el.addEventListener("mouseleave", hideTip);
  return el;
}

function legendQuads() {
  document.querySelectorAll(".quad-legend").forEach((box) =>
    box.replaceChildren(...QUADS.map((d) => h("span", {}, h("span", { class: "sw", style: `background:${d.color}` }), d.label)))
  );
  const tone = $(".tone-legend");
  tone.replaceChildren(
    h("span", {}, h("span", { class: "sw", style: `background:${toneColor(-6)}` }), "hostile (mean Goldstein < 0)"),
    h("span", {}, h("span", { class: "sw", style: `background:${toneColor(0)}` }), "neutral"),
    h("span", {}, h("span", { class: "sw", style: `background:${toneColor(6)}` }), "cooperative (> 0)"),
    h("span", {}, "width: number of events")
  );
}
function toneColor(g) {
  if (g === null || g === undefined) return "#9aa5b1";
  const t = Math.max(-1, Math.min(1, g / 6));
  const mix = (a, b, u) => Math.round(a + (b - a) * u);
  const grey = [154, 165, 177], red = [200, 55, 45], blue = [47, 111, 186];
  const c = t < 0 ? grey.map((v, i) => mix(v, red[i], -t)) : grey.map((v, i) => mix(v, blue[i], t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

// dates: period start (ISO) -> [since, until]
function periodRange(start, by) {
  const d = new Date(start + "T00:00:00Z");
  const e = new Date(d);
  if (by === "day") e.setUTCDate(e.getUTCDate());
  else if (by === "week") e.setUTCDate(e.getUTCDate() + 6);
  else {
    const months = { month: 1, quarter: 3, year: 12 }[by];
    e.setUTCMonth(e.getUTCMonth() + months);
    e.setUTCDate(0);
  }
  return [d.toISOString().slice(0, 10), e.toISOString().slice(0, 10)];
}
function periodLabel(start, by) {
  const d = new Date(start + "T00:00:00Z");
  const m = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  if (by === "year") return String(d.getUTCFullYear());
  if (by === "quarter") return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
  if (by === "month") return `${m} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${m} ${d.getUTCFullYear()}`;
}
function nextPeriod(iso, by) {
  const d = new Date(iso + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + { month: 1, quarter: 3, year: 12 }[by]);
  return d.toISOString().slice(0, 10);
}

// axes
function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
function yAxis(svg, x0, x1, y, max, ticks, fmtTick) {
  const g = s("g", { class: "axis" });
  if (Number.isInteger(max) && max < ticks) ticks = max;
  for (let i = 0; i <= ticks; i++) {
    const v = (max * i) / ticks;
    const yy = y(v);
    g.append(s("line", { x1: x0, x2: x1, y1: yy, y2: yy, class: "grid-line" }));
    g.append(s("text", { x: x0 - 6, y: yy + 4, "text-anchor": "end" }, fmtTick ? fmtTick(v) : fmt(Math.round(v * 100) / 100)));
  }
  svg.append(g);
}

// ---------------------------------------------------------------- evidence drawer
const evidence = { params: null, offset: 0 };
async function openEvidence(title, params) {
  evidence.params = params;
  evidence.offset = 0;
  $("#evidence-title").textContent = title;
  $("#evidence-list").replaceChildren();
  $("#evidence").hidden = false;
  await loadEvidence();
}
async function loadEvidence() {
  const list = $("#evidence-list");
  const more = $("#evidence-more");
  try {
    const page = await api("/api/events", { ...evidence.params, limit: 50, offset: evidence.offset });
    if (!page.items.length && !evidence.offset) list.append(h("li", { class: "empty" }, "No events."));
    for (const ev of page.items) list.append(evidenceItem(ev));
    evidence.offset = page.next_offset || 0;
    more.hidden = !page.next_offset;
  } catch (err) {
    list.append(h("li", { class: "empty" }, "Could not load: " + err.message));
  }
}
function evidenceItem(ev) {
  const q = QUAD[ev.quad_class] || {};
  // the sentence, with its trigger marked (offsets are into the article; the sentence starts at sentence_start)
  const text = ev.sentence_text || "";
  const a = ev.trigger_start - ev.sentence_start, b = ev.trigger_end - ev.sentence_start;
  const sentence = Number.isFinite(a) && a >= 0 && b <= text.length && a < b
    ? h("div", { class: "sentence" }, text.slice(0, a), h("mark", {}, text.slice(a, b)), text.slice(b))
    : h("div", { class: "sentence" }, text);
  return h(
    "li",
    { class: "evidence-item q" + ev.quad_class },
    h(
      "div",
      { class: "who" },
      h("span", { class: "chip" }, q.label || "event"),
      h("span", {}, ev.day || ""),
      h("span", {}, `${ev.source_name || ev.source_code || "?"} → ${ev.target_name || ev.target_code || "?"}`),
      h("span", { class: "code" }, `${ev.code} ${ev.name || ""}`),
      ev.negated ? h("span", {}, "(negated)") : null,
      ev.modality && ev.modality !== "asserted" ? h("span", {}, `(${ev.modality})`) : null
    ),
    sentence,
    h("a", { href: readerHash(ev.article_id, ev.sentence, ev.event_id), class: "to-reader" }, `Open in article: ${ev.title || ev.doc_id || ev.article_id} →`)
  );
}
function readerHash(articleId, sentence, eventId) {
  let hsh = `#reader/${encodeURIComponent(articleId)}`;
  if (sentence !== null && sentence !== undefined) hsh += `/s${sentence}`;
  if (eventId) hsh += `/${encodeURIComponent(eventId)}`;
  return hsh;
}
$("#evidence-close").addEventListener("click", () => ($("#evidence").hidden = true));
$("#evidence-more").addEventListener("click", loadEvidence);

// ---------------------------------------------------------------- timeline
const timelineState = { filters: { by: "month" } };
function eventFilters(f) {
  const out = {};
  if (f.actor) out.actor = f.actor;
  if (f.pair) out.pair = f.pair;
  if (f.code) out.code = f.code.split(/[ ,]+/).filter(Boolean);
  if (f.since) out.since = f.since;
  if (f.until) out.until = f.until;
  return out;
}
async function renderTimeline() {
  const box = $("#timeline-chart");
  const f = timelineState.filters;
  const by = f.by || "month";
  let data;
  try {
    data = await api("/api/timeline", { by, counted: true, ...eventFilters(f) });
  } catch (err) {
    return showError(box, err);
  }
  const note = $("#timeline-note");
  note.textContent = "";
  if (!data.rows.length) return box.replaceChildren(h("p", { class: "empty" }, "No events match."));
  // leave out isolated outliers far from the rest (a 1915 event among 2020 ones), and say so
  const per = new Map();
  for (const r of data.rows) per.set(r.period, (per.get(r.period) || 0) + r.events);
  const days = [...per.keys()].sort();
  const total = [...per.values()].reduce((a, b) => a + b, 0);
  const gap = { day: 90, week: 365, month: 1095, quarter: 2190, year: 7300 }[by];
  const apart = (a, b) => (Date.parse(b) - Date.parse(a)) / 864e5 > gap;
  let lo = 0, hi = days.length - 1, before = 0, after = 0;
  while (lo < hi && apart(days[lo], days[lo + 1]) && before + per.get(days[lo]) <= 0.1 * total) before += per.get(days[lo++]);
  while (hi > lo && apart(days[hi - 1], days[hi]) && after + per.get(days[hi]) <= 0.1 * total) after += per.get(days[hi--]);
  if (before || after)
    note.textContent = [before ? `${before} earlier event(s) (from ${days[0]})` : null, after ? `${after} later event(s) (to ${days[days.length - 1]})` : null]
      .filter(Boolean).join(" and ") + " lie far outside this range and are not drawn; set From/To to see them.";
  const rows = data.rows.filter((r) => r.period >= days[lo] && r.period <= days[hi]);
  const periods = [];
  let cur = rows[0].period;
  const last = rows[rows.length - 1].period;
  while (cur <= last && periods.length < 2000) {
    periods.push(cur);
    cur = nextPeriod(cur, by);
  }
  const cell = {};
  for (const r of rows) cell[r.period + "|" + r.quad_class] = r;
  const totals = periods.map((p) => QUADS.reduce((a, d) => a + (cell[p + "|" + d.q]?.events || 0), 0));
  const W = 1100, H = 380, m = { l: 48, r: 16, t: 16, b: 46 };
  const max = niceMax(Math.max(...totals));
  const bw = (W - m.l - m.r) / periods.length;
  const y = (v) => H - m.b - (v / max) * (H - m.t - m.b);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, id: "timeline-svg" });
  yAxis(svg, m.l, W - m.r, y, max, 5);
  const every = Math.ceil(periods.length / 14);
  periods.forEach((p, i) => {
    let acc = 0;
    const x = m.l + i * bw + Math.max(1, bw * 0.12);
    const w = Math.max(1, bw * 0.76);
    for (const d of QUADS) {
      const r = cell[p + "|" + d.q];
      if (!r) continue;
      const y1 = y(acc + r.events), y0 = y(acc);
      acc += r.events;
      const [since, until] = periodRange(p, by);
      const rect = s("rect", {
        x, y: y1, width: w, height: Math.max(1, y0 - y1), fill: d.color, class: "point",
        "data-period": p, "data-quad": d.q, "data-events": r.events,
        onclick: () => openEvidence(`${d.label}, ${periodLabel(p, by)} (${r.events})`, { ...eventFilters(f), quad_class: d.q, since: f.since && f.since > since ? f.since : since, until: f.until && f.until < until ? f.until : until, counted: true }),
      });
      tipOn(rect, [`${periodLabel(p, by)}: ${d.label}`, `${fmt(r.events)} events, mean Goldstein ${fix(r.goldstein_mean)}`, "Click for the sentences"]);
      svg.append(rect);
    }
    if (i % every === 0) svg.append(s("text", { x: x + w / 2, y: H - m.b + 16, "text-anchor": "middle", class: "axis chart-title" }, periodLabel(p, by)));
  });
  svg.append(s("line", { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, stroke: "#b8c2ce" }));
  box.replaceChildren(svg);
}
$("#timeline-form").addEventListener("submit", (e) => {
  e.preventDefault();
  timelineState.filters = formData(e.target);
  renderTimeline();
});

// ---------------------------------------------------------------- dyad view
async function renderDyad() {
  const form = $("#dyad-form");
  const f = formData(form);
  const box = $("#dyad-chart");
  const cards = $("#dyad-summary");
  if (!f.a || !f.b) {
    // default: the busiest pair of countries in the network
    try {
      const net = await api("/api/network", { limit: 50, counted: true });
      const e = net.edges.find((x) => x.source.slice(0, 3) !== x.target.slice(0, 3) && /^[A-Z]{3}/.test(x.source) && /^[A-Z]{3}/.test(x.target));
      if (!e) return box.replaceChildren(h("p", { class: "empty" }, "Choose two actors."));
      form.a.value = f.a = e.source.slice(0, 3);
      form.b.value = f.b = e.target.slice(0, 3);
    } catch (err) {
      return showError(box, err);
    }
  }
  const by = f.by || "month";
  let res;
  try {
    res = await api("/api/analyze/dyad", { a: f.a, b: f.b, by });
  } catch (err) {
    cards.replaceChildren();
    return showError(box, err);
  }
  const dirs = Object.keys(res.summary.totals);
  cards.replaceChildren(
    ...dirs.map((d) => {
      const t = res.summary.totals[d];
      return h(
        "div",
        { class: "card" },
        h("div", { class: "k" }, d.replace("->", " → ")),
        h("div", { class: "v" }, `${fmt(t.events)} events`),
        h("div", {}, `mean Goldstein ${fix(t.goldstein_mean)}`),
        h("div", { class: "bar" }, ...QUADS.map((q) => h("span", { style: `width:${t.events ? (100 * t[q.key]) / t.events : 0}%;background:${q.color}`, title: `${q.label}: ${t[q.key]}` })))
      );
    })
  );
  const rows = res.rows;
  if (!rows.length) return box.replaceChildren(h("p", { class: "empty" }, "No events between these actors."));
  const periods = [...new Set(rows.map((r) => r.start))];
  const byKey = {};
  for (const r of rows) byKey[r.start + "|" + r.direction] = r;
  const W = 1100, H = 400, m = { l: 48, r: 52, t: 20, b: 46 };
  const max = niceMax(Math.max(1, ...rows.map((r) => r.events)));
  const pw = (W - m.l - m.r) / periods.length;
  const y = (v) => H - m.b - (v / max) * (H - m.t - m.b);
  const gy = (g) => m.t + ((10 - g) / 20) * (H - m.t - m.b);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, id: "dyad-svg" });
  yAxis(svg, m.l, W - m.r, y, max, 4);
  const ga = s("g", { class: "axis" });
  for (const g of [-10, -5, 0, 5, 10]) ga.append(s("text", { x: W - m.r + 8, y: gy(g) + 4 }, (g > 0 ? "+" : "") + g));
  ga.append(s("line", { x1: m.l, x2: W - m.r, y1: gy(0), y2: gy(0), stroke: "#9aa5b1", "stroke-dasharray": "4 4" }));
  svg.append(ga);
  const colors = ["#2f4a7a", "#b0793a"];
  const every = Math.ceil(periods.length / 14);
  const lines = [[], []];
  periods.forEach((p, i) => {
    const [since, until] = periodRange(p, by);
    dirs.forEach((d, j) => {
      const r = byKey[p + "|" + d];
      const [src, tgt] = d.split("->");
      const params = { source: src.split("+")[0], target: tgt.split("+")[0], since, until, counted: true };
      const x = m.l + i * pw + pw * 0.1 + j * pw * 0.4;
      if (r && r.events) {
        const bar = s("rect", { x, y: y(r.events), width: pw * 0.38, height: H - m.b - y(r.events), fill: colors[j], opacity: 0.35, class: "point",
          onclick: () => openEvidence(`${d.replace("->", " → ")}, ${periodLabel(p, by)}`, params) });
        tipOn(bar, [`${d.replace("->", " → ")} · ${periodLabel(p, by)}`, `${r.events} events`, ...QUADS.map((q) => (r[q.key] ? `${q.label}: ${r[q.key]}` : null))]);
        svg.append(bar);
      }
      if (r && r.goldstein_mean !== null) lines[j].push({ x: x + pw * 0.19, y: gy(r.goldstein_mean), r, p, params, d });
    });
    if (i % every === 0) svg.append(s("text", { x: m.l + i * pw + pw / 2, y: H - m.b + 16, "text-anchor": "middle", class: "axis chart-title" }, periodLabel(p, by)));
  });
  lines.forEach((pts, j) => {
    if (pts.length > 1) svg.append(s("polyline", { points: pts.map((pt) => `${pt.x},${pt.y}`).join(" "), fill: "none", stroke: colors[j], "stroke-width": 2 }));
    for (const pt of pts) {
      const c = s("circle", { cx: pt.x, cy: pt.y, r: 5, fill: colors[j], class: "point dyad-point",
        onclick: () => openEvidence(`${pt.d.replace("->", " → ")}, ${periodLabel(pt.p, by)}`, pt.params) });
      tipOn(c, [`${pt.d.replace("->", " → ")} · ${periodLabel(pt.p, by)}`, `mean Goldstein ${fix(pt.r.goldstein_mean)} over ${pt.r.events} events`, "Click for the sentences"]);
      svg.append(c);
    }
  });
  dirs.forEach((d, j) => {
    svg.append(s("rect", { x: m.l + 10 + j * 170, y: 4, width: 12, height: 12, fill: colors[j] }));
    svg.append(s("text", { x: m.l + 28 + j * 170, y: 14, class: "chart-title" }, d.replace("->", " → ")));
  });
  box.replaceChildren(svg);
}
$("#dyad-form").addEventListener("submit", (e) => {
  e.preventDefault();
  renderDyad();
});

// ---------------------------------------------------------------- network
async function renderNetwork() {
  const box = $("#network-chart");
  const f = formData($("#network-form"));
  let net;
  try {
    net = await api("/api/network", { limit: 150, counted: true, actor: f.actor, min_events: f.min_events || 1 });
  } catch (err) {
    return showError(box, err);
  }
  const edges = net.edges;
  if (!edges.length) return box.replaceChildren(h("p", { class: "empty" }, "No edges."));
  const nodes = new Map();
  for (const e of edges) {
    for (const [id, name] of [[e.source, e.source_name], [e.target, e.target_name]]) {
      if (!nodes.has(id)) nodes.set(id, { id, name: name || id, w: 0 });
      nodes.get(id).w += e.events;
    }
  }
  const list = [...nodes.values()];
  const W = 1100, H = 560;
  // Fruchterman-Reingold layout from a circle: repulsion L²/d between all nodes, attraction
  // d²/L along edges, a little gravity, and a cooling step; deterministic (no randomness)
  const pad = { x: 90, y: 40 };
  list.forEach((n, i) => {
    const a = (2 * Math.PI * i) / list.length;
    n.x = W / 2 + Math.cos(a) * (W / 2 - pad.x) * 0.8;
    n.y = H / 2 + Math.sin(a) * (H / 2 - pad.y) * 0.8;
  });
  const links = edges.map((e) => ({ e, a: nodes.get(e.source), b: nodes.get(e.target) }));
  const L = 0.5 * Math.sqrt(((W - 2 * pad.x) * (H - 2 * pad.y)) / Math.max(1, list.length));
  const steps = 400;
  for (let it = 0; it < steps; it++) {
    const temp = (W / 10) * (1 - it / steps) + 1;
    for (const a of list) { a.fx = (W / 2 - a.x) * 0.08; a.fy = (H / 2 - a.y) * 0.12; }
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const f = (L * L) / d;
        a.fx += (dx / d) * f; a.fy += (dy / d) * f; b.fx -= (dx / d) * f; b.fy -= (dy / d) * f;
      }
    for (const l of links) {
      if (l.a === l.b) continue;
      const dx = l.b.x - l.a.x, dy = l.b.y - l.a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d * d) / L;
      l.a.fx += (dx / d) * f; l.a.fy += (dy / d) * f; l.b.fx -= (dx / d) * f; l.b.fy -= (dy / d) * f;
    }
    for (const a of list) {
      const f = Math.sqrt(a.fx * a.fx + a.fy * a.fy) || 1;
      const step = Math.min(f, temp);
      a.x = Math.max(pad.x, Math.min(W - pad.x - 80, a.x + (a.fx / f) * step));
      a.y = Math.max(pad.y, Math.min(H - pad.y, a.y + (a.fy / f) * step));
    }
  }
  const maxE = Math.max(...edges.map((e) => e.events));
  const maxW = Math.max(...list.map((n) => n.w));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, id: "network-svg" });
  const defs = s("defs");
  svg.append(defs);
  const gE = s("g"), gN = s("g");
  links.forEach((l, i) => {
    const e = l.e;
    const width = 1.5 + 7 * Math.sqrt(e.events / maxE);
    const color = toneColor(e.goldstein_mean);
    const mid = `arrow${i}`;
    defs.append(s("marker", { id: mid, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: color })));
    const dx = l.b.x - l.a.x, dy = l.b.y - l.a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = 6 + 16 * Math.sqrt(l.b.w / maxW);
    const ex = l.b.x - (dx / d) * (rb + 3), ey = l.b.y - (dy / d) * (rb + 3);
    const cx = (l.a.x + ex) / 2 - (dy / d) * 28, cy = (l.a.y + ey) / 2 + (dx / d) * 28; // bend: A->B and B->A apart
    const path = s("path", { d: `M${l.a.x},${l.a.y} Q${cx},${cy} ${ex},${ey}`, stroke: color, "stroke-width": width, class: "edge point",
      "marker-end": `url(#${mid})`, "data-events": e.events,
      onclick: () => openEvidence(`${e.source_name || e.source} → ${e.target_name || e.target} (${e.events})`, { source_code: e.source, target_code: e.target, counted: true }) });
    tipOn(path, [`${e.source_name || e.source} → ${e.target_name || e.target}`, `${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual)`, `mean Goldstein ${fix(e.goldstein_mean)}`, "Click for the sentences"]);
    gE.append(path);
  });
  for (const n of list) {
    const r = 6 + 16 * Math.sqrt(n.w / maxW);
    const g = s("g", { class: "node", transform: `translate(${n.x},${n.y})` });
    const c = s("circle", { r, fill: "#2f4a7a", onclick: () => openEvidence(`Events of ${n.name} (${n.id})`, { actor: /^[A-Z0-9]{2,}$/.test(n.id) ? n.id : n.name, counted: true }) });
    tipOn(c, [`${n.name}`, `code ${n.id}`, `${n.w} events as source or target`]);
    g.append(c, s("text", { x: r + 4, y: 4 }, n.id === n.name ? n.name : `${n.name} (${n.id})`));
    gN.append(g);
  }
  svg.append(gE, gN);
  box.replaceChildren(svg);
}
$("#network-form").addEventListener("submit", (e) => {
  e.preventDefault();
  renderNetwork();
});

// ---------------------------------------------------------------- map
let worldCache = null;
async function world() {
  if (!worldCache) {
    const topo = await (await fetch("/static/vendor/countries-50m.json")).json();
    worldCache = topojson.feature(topo, topo.objects.countries).features;
  }
  return worldCache;
}
async function renderMap() {
  const box = $("#map-chart");
  let places, features, involved;
  try {
    [places, features, involved] = await Promise.all([api("/api/places", { limit: 500 }), world(), api("/api/countries", { counted: true })]);
  } catch (err) {
    return showError(box, err);
  }
  const pts = places.items;
  const W = 1100, H = 560;
  // equirectangular projection fitted to the places (with a margin), world view without places
  let [lo0, lo1, la0, la1] = [-170, 190, -58, 80];
  if (pts.length) {
    lo0 = Math.min(...pts.map((p) => p.lon)); lo1 = Math.max(...pts.map((p) => p.lon));
    la0 = Math.min(...pts.map((p) => p.lat)); la1 = Math.max(...pts.map((p) => p.lat));
    const padLo = Math.max(6, (lo1 - lo0) * 0.25), padLa = Math.max(4, (la1 - la0) * 0.25);
    lo0 -= padLo; lo1 += padLo; la0 -= padLa; la1 += padLa;
  }
  const kx = Math.cos((((la0 + la1) / 2) * Math.PI) / 180);
  const scale = Math.min(W / ((lo1 - lo0) * kx), H / (la1 - la0));
  const ox = (W - (lo1 - lo0) * kx * scale) / 2, oy = (H - (la1 - la0) * scale) / 2;
  const px = (lon) => ox + (lon - lo0) * kx * scale;
  const py = (lat) => oy + (la1 - lat) * scale;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, id: "map-svg" });
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const byNum = Object.fromEntries(involved.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const maxC = Math.max(1, ...involved.countries.map((c) => c.events));
  const gC = s("g");
  for (const f of features) {
    const polys = f.geometry ? (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) : [];
    let d = "";
    for (const poly of polys)
      for (let ring of poly) {
        // a ring across the antimeridian (Chukotka, Fiji): put it on one side instead of across the map
        let min = Infinity, max = -Infinity;
        for (const [lon] of ring) { if (lon < min) min = lon; if (lon > max) max = lon; }
        if (max - min > 180) ring = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
        // skip rings far outside the view (cheap clipping)
        if (ring.every(([lon]) => lon < lo0 - 30 || lon > lo1 + 30)) continue;
        d += "M" + ring.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z";
      }
    if (!d) continue;
    const c = byNum[f.id];
    const path = s("path", { d, class: c && c.events ? "country involved point" : "country" });
    if (c && c.events) {
      // shade by how many events the country took part in: the more, the darker
      path.style.fill = `rgba(47,74,122,${(0.12 + 0.5 * Math.sqrt(c.events / maxC)).toFixed(2)})`;
      path.setAttribute("data-country", c.country);
      path.addEventListener("click", () => openEvidence(`Events of ${c.name || c.country}`, { country: c.country, counted: true }));
      tipOn(path, [f.properties.name, `${c.events} events as a party · mean Goldstein ${fix(c.goldstein_mean)}`, `${c.located} events located here`, "Click for the sentences"]);
    } else tipOn(path, [f.properties.name]);
    gC.append(path);
  }
  svg.append(gC);
  const maxN = Math.max(1, ...pts.map((p) => p.mentions + p.events));
  const gP = s("g");
  for (const p of [...pts].sort((a, b) => b.mentions + b.events - (a.mentions + a.events))) {
    const top = QUADS.map((q) => [q, p[q.key]]).sort((a, b) => b[1] - a[1])[0];
    const color = p.events ? top[0].color : "#7d8896";
    const r = 4 + 10 * Math.sqrt((p.mentions + p.events) / maxN);
    const c = s("circle", { cx: px(p.lon), cy: py(p.lat), r, fill: color, class: "place point", "data-name": p.name,
      onclick: () => openEvidence(`Events at ${p.name}`, { place: p.name, place_country: p.country }) });
    tipOn(c, [`${p.name}${p.country ? " (" + p.country + ")" : ""}`, `${p.mentions} mentions in ${p.articles} articles`, `${p.events} events here`, ...QUADS.map((q) => (p[q.key] ? `${q.label}: ${p[q.key]}` : null))]);
    gP.append(c);
    gP.append(s("text", { x: px(p.lon) + r + 3, y: py(p.lat) + 4, class: "place-label" }, p.name));
  }
  svg.append(gP);
  if (!pts.length) svg.append(s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "chart-title" }, "No resolved places yet."));
  box.replaceChildren(svg);
}

// ---------------------------------------------------------------- article reader
const readerState = { offset: 0, text: "", current: null };
async function loadArticles(reset) {
  const list = $("#articles");
  if (reset) { readerState.offset = 0; list.replaceChildren(); }
  try {
    const page = await api("/api/articles", { text: readerState.text, limit: 50, offset: readerState.offset });
    for (const a of page.items) {
      const li = h("li", { "data-id": a.article_id, onclick: () => (location.hash = readerHash(a.article_id)) },
        h("div", { class: "t" }, a.title || a.doc_id || a.article_id),
        h("div", { class: "m" }, `${a.published || "undated"} · ${a.source || ""} · ${a.events} events, ${a.quotes} quotes`));
      if (a.article_id === readerState.current) li.classList.add("active");
      list.append(li);
    }
    readerState.offset = page.next_offset || 0;
    $("#articles-more").hidden = !page.next_offset;
    return page.items;
  } catch (err) {
    list.append(h("li", { class: "empty" }, "Could not load: " + err.message));
    return [];
  }
}
$("#article-search").addEventListener("submit", (e) => {
  e.preventDefault();
  readerState.text = formData(e.target).text || "";
  loadArticles(true);
});
$("#articles-more").addEventListener("click", () => loadArticles(false));

function annotations(rec, focus) {
  const ann = [];
  const actorById = Object.fromEntries(rec.actors.map((a) => [a.id, a]));
  const placeById = Object.fromEntries(rec.places.map((p) => [p.id, p]));
  const name = (id) => (actorById[id] ? `${actorById[id].name}${actorById[id].code ? " (" + actorById[id].code + ")" : ""}` : "?");
  for (const a of rec.actors)
    for (const [st, en] of a.mentions)
      ann.push({ st, en, cls: "actor", tip: [`Actor: ${a.name}`, `code ${a.code || "–"} · ${a.kind}${a.country ? " · " + a.country : ""}`, a.title ? `title: ${a.title}` : null, `id ${a.id}`] });
  for (const q of rec.quotes)
    ann.push({ st: q.span[0], en: q.span[1], cls: "quote", tip: [`Quote (${q.kind})`, `speaker: ${q.speaker ? name(q.speaker) : "unknown"}`, `cue: ${q.cue || "–"}`, `date: ${q.date || "–"}${q.date_source ? " (" + q.date_source + ")" : ""}`, `id ${q.id}`] });
  for (const t of rec.times)
    ann.push({ st: t.span[0], en: t.span[1], cls: "time", tip: [`Time (${t.type})`, `value: ${t.value || "–"}${t.mod ? " · " + t.mod : ""}`, `id ${t.id}`] });
  for (const p of rec.places)
    ann.push({ st: p.span[0], en: p.span[1], cls: "place", tip: [`Place: ${p.name}`, `${p.country || "–"} · ${fix(p.lat, 3)}, ${fix(p.lon, 3)}${p.feature ? " · " + p.feature : ""}`, p.geonameid ? `geonames ${p.geonameid}` : null, `id ${p.id}`] });
  for (const e of rec.events)
    ann.push({ st: e.trigger_span[0], en: e.trigger_span[1], cls: `event q${e.quad_class}`, id: e.id, tip: [
      `Event ${e.code}: ${e.name}`, `${name(e.source)} → ${name(e.target)}`, `${(QUAD[e.quad_class] || {}).label || ""} · Goldstein ${fix(e.goldstein)}${e.plover ? " · PLOVER " + e.plover : ""}`,
      `date: ${e.date || "–"}${e.date_source ? " (" + e.date_source + ")" : ""}`, e.place && placeById[e.place] ? `place: ${placeById[e.place].name}` : null,
      e.negated ? "negated" : null, e.modality !== "asserted" ? `modality: ${e.modality}` : null, `rule: ${e.rule}`, `id ${e.id} · confidence ${fix(e.confidence, 2)}`] });
  if (focus) ann.push({ st: focus[0], en: focus[1], cls: "focus", tip: null });
  return ann;
}
function highlighted(text, ann) {
  // split the text at every boundary; each piece carries the annotations that cover it
  const cuts = new Set([0, text.length]);
  for (const a of ann) { if (a.st >= 0 && a.en <= text.length && a.st < a.en) { cuts.add(a.st); cuts.add(a.en); } }
  const pts = [...cuts].sort((a, b) => a - b);
  const out = h("div", { class: "text", id: "article-text" });
  for (let i = 0; i < pts.length - 1; i++) {
    const st = pts[i], en = pts[i + 1];
    const piece = text.slice(st, en);
    const cover = ann.filter((a) => a.st <= st && a.en >= en);
    if (!cover.length) { out.append(document.createTextNode(piece)); continue; }
    const el = h("span", { class: cover.map((a) => a.cls).join(" "), "data-st": st });
    el.textContent = piece;
    const tips = cover.filter((a) => a.tip);
    if (tips.length) {
      el.setAttribute("data-tip", "1");
      const ev = cover.find((a) => a.id);
      if (ev) el.setAttribute("data-event", ev.id);
      tipOn(el, () => tips.flatMap((a, j) => (j ? ["—", ...a.tip] : a.tip)));
    }
    out.append(el);
  }
  return out;
}
async function showArticle(id, sentence, recId) {
  const box = $("#article");
  readerState.current = id;
  document.querySelectorAll("#articles li").forEach((li) => li.classList.toggle("active", li.dataset.id === id));
  let rec;
  try {
    rec = await api("/api/articles/" + encodeURIComponent(id));
  } catch (err) {
    return showError(box, err);
  }
  const quote = recId ? rec.quotes.find((q) => q.id === recId) : null;
  const event = recId ? rec.events.find((e) => e.id === recId) : null;
  if (sentence === null && event) sentence = event.sentence;
  const focus = quote ? quote.span : sentence !== null && rec.sentences[sentence] ? rec.sentences[sentence] : null;
  const text = highlighted(rec.text, annotations(rec, focus));
  const toggles = h("div", { class: "hl-toggles" },
    ...[["event", "events"], ["actor", "actors"], ["quote", "quotes"], ["time", "times"], ["place", "places"]].map(([k, label]) => {
      const cb = h("input", { type: "checkbox", checked: "checked", onchange: (e) => text.classList.toggle("no-" + k, !e.target.checked) });
      return h("label", {}, cb, " ", label);
    }));
  const evRows = rec.events.map((e) => h("tr", { class: "q" + e.quad_class },
    h("td", {}, h("span", { class: "chip" }, (QUAD[e.quad_class] || {}).label || "")),
    h("td", { class: "code" }, e.code), h("td", {}, e.name),
    h("td", {}, `${e.source_code || "–"} → ${e.target_code || "–"}`), h("td", {}, e.date || ""), h("td", { class: "code" }, e.rule),
    h("td", {}, h("a", { href: readerHash(id, e.sentence, e.id) }, `sentence ${e.sentence + 1}`))));
  const qRows = rec.quotes.map((q) => h("tr", {}, h("td", {}, (rec.actors.find((a) => a.id === q.speaker) || {}).name || "–"), h("td", { class: "quote" }, q.text), h("td", {}, q.date || "")));
  box.replaceChildren(
    h("h1", {}, rec.title || rec.id),
    h("div", { class: "meta" }, [rec.published || "undated", rec.source, rec.url].filter(Boolean).join(" · ")),
    toggles,
    text,
    h("div", { class: "records" },
      h("h3", {}, `Events (${rec.events.length})`),
      rec.events.length ? h("table", { class: "grid", id: "article-events" }, h("thead", {}, h("tr", {}, ...["Class", "Code", "Name", "Source → target", "Date", "Rule", ""].map((t) => h("th", {}, t)))), h("tbody", {}, evRows)) : h("p", { class: "hint" }, "No events."),
      h("h3", {}, `Quotes (${rec.quotes.length})`),
      rec.quotes.length ? h("table", { class: "grid" }, h("thead", {}, h("tr", {}, h("th", {}, "Speaker"), h("th", {}, "Quote"), h("th", {}, "Date"))), h("tbody", {}, qRows)) : h("p", { class: "hint" }, "No quotes.")));
  const target = (event && text.querySelector(`[data-event="${CSS.escape(event.id)}"]`)) || text.querySelector(".focus");
  if (target) target.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- quotes
const quoteState = { filters: {}, offset: 0 };
async function loadQuotes(reset) {
  const body = $("#quote-table tbody");
  if (reset) { quoteState.offset = 0; body.replaceChildren(); }
  try {
    const page = await api("/api/quotes", { ...quoteState.filters, limit: 50, offset: quoteState.offset });
    if (!page.items.length && !quoteState.offset) body.append(h("tr", {}, h("td", { colspan: 4, class: "empty" }, "No quotes match.")));
    for (const q of page.items)
      body.append(h("tr", {},
        h("td", {}, q.day || ""),
        h("td", {}, q.speaker_name
          ? h("a", { href: "#quotes", onclick: (e) => { e.preventDefault(); $("#quote-form").speaker.value = q.speaker_code || q.speaker_name; quoteState.filters = formData($("#quote-form")); loadQuotes(true); } }, q.speaker_name)
          : h("span", { class: "hint" }, "unknown speaker"), q.speaker_code ? h("div", { class: "code" }, q.speaker_code) : null),
        h("td", { class: "quote" }, q.kind === "direct" ? ["“", q.text, "”"] : q.text, q.kind !== "direct" ? h("span", { class: "kind" }, ` ${q.kind}`) : null),
        h("td", {}, h("a", { href: readerHash(q.article_id, null, q.quote_id), class: "to-reader" }, q.title || q.doc_id))));
    quoteState.offset = page.next_offset || 0;
    $("#quotes-more").hidden = !page.next_offset;
  } catch (err) {
    body.append(h("tr", {}, h("td", { colspan: 4, class: "empty" }, "Could not load: " + err.message)));
  }
}
$("#quote-form").addEventListener("submit", (e) => {
  e.preventDefault();
  quoteState.filters = formData(e.target);
  loadQuotes(true);
});
$("#quotes-more").addEventListener("click", () => loadQuotes(false));

// ---------------------------------------------------------------- routing
const rendered = {};
async function route() {
  const parts = (location.hash.slice(1) || "timeline").split("/").map(decodeURIComponent);
  const view = ["timeline", "dyad", "network", "map", "reader", "quotes"].includes(parts[0]) ? parts[0] : "timeline";
  document.querySelectorAll(".view").forEach((v) => (v.hidden = v.id !== "view-" + view));
  document.querySelectorAll("#tabs a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  hideTip();
  if (view === "reader") {
    if (!rendered.reader) { rendered.reader = true; const items = await loadArticles(true); if (!parts[1] && items.length) parts[1] = items[0].article_id; }
    if (parts[1]) {
      $("#evidence").hidden = true;
      const sent = parts.find((p, i) => i > 1 && /^s\d+$/.test(p));
      const ev = parts.find((p, i) => i > 1 && !/^s\d+$/.test(p));
      await showArticle(parts[1], sent ? Number(sent.slice(1)) : null, ev || null);
    }
  } else if (!rendered[view]) {
    rendered[view] = true;
    await { timeline: renderTimeline, dyad: renderDyad, network: renderNetwork, map: renderMap, quotes: () => loadQuotes(true) }[view]();
  }
  document.body.dataset.ready = view;
}
async function stats() {
  try {
    const st = await api("/api/stats");
    $("#stats").replaceChildren(
      h("span", {}, h("b", {}, fmt(st.articles)), " articles"),
      h("span", {}, h("b", {}, fmt(st.events)), " events"),
      h("span", {}, h("b", {}, fmt(st.quotes)), " quotes"),
      st.first_day ? h("span", {}, `${st.first_day} – ${st.last_day}`) : null);
  } catch (err) {
    $("#stats").textContent = "database unavailable";
  }
}
window.addEventListener("hashchange", route);
legendQuads();
stats();
route();
