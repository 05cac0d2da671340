// The playground page: sends the text to the worker, then draws the marks, one table per kind, the
// events as cards and the raw JSON. Written against the article's documented fields but tolerant of
// missing or new ones (organisations and places arrive in a later version; unknown kinds of spans
// are still drawn and tabulated), so an older or newer bundle never breaks the page.
/* global EXAMPLES, WORKER_SOURCE */

const KINDS = [
  ["person", "persons"],
  ["rank", "ranks"],
  ["title", "titles"],
  ["organization", "organisations"],
  ["place", "places"],
  ["abbreviation", "abbreviations"],
  ["date", "dates"],
  ["number", "numbers"],
  ["document", "documents"],
  ["event", "events"],
];
const KNOWN = new Set(["persons", "abbreviations", "dates", "numbers", "documents", "events", "sentences"]);

const $ = (id) => document.getElementById(id);
const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const isSpan = (x) => x && typeof x.start === "number" && typeof x.end === "number" && x.end > x.start;
const scalar = (v) => v === null || ["string", "number", "boolean"].includes(typeof v);
const show = (v) => (v === null || v === undefined || v === "" ? "—" : String(v));

/** A readable one-line value of an organisation, place or any other entity of unknown shape. */
function describe(item) {
  const parts = [];
  for (const key of [
    "name",
    "expansion",
    "normalized",
    "value",
    "kind",
    "type",
    "level",
    "province",
    "parent",
  ]) {
    const v = item[key];
    if (scalar(v) && v !== null && v !== "" && !parts.includes(String(v))) parts.push(`${key}: ${v}`);
  }
  return parts.join(" · ") || item.text || "";
}

/** Every highlighted span: { start, end, kind, label (the hover text) }. */
function collectSpans(article, ranks, titles) {
  const spans = [];
  const add = (span, kind, label) => {
    if (isSpan(span)) spans.push({ start: span.start, end: span.end, kind, label });
  };
  for (const p of article.persons ?? []) {
    const rank = p.rank ? `${p.rank.label} (rank id ${p.rank.id})` : "no rank";
    const roles = (p.titles ?? [])
      .map((t) => t.position + (t.organization ? `, ${t.organization}` : ""))
      .join("; ");
    for (const m of p.mentions ?? [])
      add(m, "person", `person ${p.id}: ${p.name} · ${rank}${roles ? ` · ${roles}` : ""}`);
  }
  for (const r of ranks ?? []) add(r, "rank", `rank id ${r.rank?.id} · ${r.rank?.english ?? ""}`);
  for (const t of titles ?? [])
    add(
      t,
      "title",
      `${t.title?.position}${t.title?.organization ? ` · organisation: ${t.title.organization}` : " · no organisation"}`,
    );
  for (const a of article.abbreviations ?? [])
    for (const m of a.mentions ?? []) add(m, "abbreviation", `${a.abbr} = ${a.expansion}`);
  for (const d of article.dates ?? [])
    add(d, "date", `${d.value ?? "no value"}${d.kind ? ` (${d.kind})` : ""}`);
  for (const n of article.numbers ?? []) add(n, "number", `${n.value}${n.unit ? ` ${n.unit}` : ""}`);
  for (const d of article.documents ?? [])
    add(d, "document", `${d.docType} ${d.number}${d.issuedAt ? `, ${d.issuedAt}` : ""}`);
  for (const e of article.events ?? []) add(e.trigger, "event", `${e.type}${e.date ? ` · ${e.date}` : ""}`);
  // organisations, places and whatever list of entities a newer version adds
  for (const [key, list] of Object.entries(article)) {
    if (KNOWN.has(key) || !Array.isArray(list)) continue;
    const kind = key === "organizations" ? "organization" : key === "places" ? "place" : "other";
    for (const item of list) {
      if (!item || typeof item !== "object") continue;
      const label = kind === "other" ? `${key}: ${describe(item)}` : describe(item);
      if (Array.isArray(item.mentions)) for (const m of item.mentions) add(m, kind, label);
      else add(item, kind, label);
    }
  }
  return spans;
}

/**
 * The text with nested <mark>s. Spans sorted by start, longer first, so an enclosing span opens before
 * the spans inside it; a span that crosses its enclosing span's end is left out of the text (it is
 * still in its table).
 */
function markText(text, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let at = 0;
  const open = [];
  const closeUntil = (pos) => {
    while (open.length && open[open.length - 1].end <= pos) {
      const top = open.pop();
      html += escapeHtml(text.slice(at, top.end)) + "</mark>";
      at = top.end;
    }
  };
  let count = 0;
  for (const s of sorted) {
    closeUntil(s.start);
    const parent = open[open.length - 1];
    if (s.start < at || (parent && s.end > parent.end)) continue;
    html += escapeHtml(text.slice(at, s.start));
    html += `<mark class="k-${s.kind}" data-kind="${s.kind}" title="${escapeHtml(s.label)}">`;
    at = s.start;
    open.push(s);
    count++;
  }
  closeUntil(Number.POSITIVE_INFINITY);
  html += escapeHtml(text.slice(at));
  return { html, count };
}

function table(columns, rows) {
  if (!rows.length) return `<p class="empty">none</p>`;
  const head = columns.map(([name]) => `<th>${escapeHtml(name)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${columns.map(([, get]) => `<td>${escapeHtml(show(get(row)))}</td>`).join("")}</tr>`)
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Columns of a list nobody told this page about: its scalar fields, mentions counted. */
function genericColumns(list) {
  const keys = [];
  for (const item of list.slice(0, 50))
    for (const [k, v] of Object.entries(item ?? {}))
      if (scalar(v) && !["start", "end"].includes(k) && !keys.includes(k)) keys.push(k);
  const columns = keys.map((k) => [k, (x) => x[k]]);
  if (list.some((x) => Array.isArray(x?.mentions)))
    columns.push(["mentions", (x) => x.mentions?.length ?? 0]);
  return columns;
}

function tables(article, ranks, titles) {
  const swatch = (kind) => `<span class="swatch k-${kind}"></span>`;
  const section = (kind, name, html, n) =>
    `<section data-kind="${kind}"><h3>${swatch(kind)}${escapeHtml(name)} (${n})</h3>${html}</section>`;
  const persons = article.persons ?? [];
  const parts = [
    section(
      "person",
      "Persons",
      table(
        [
          ["name", (p) => p.name],
          ["rank", (p) => p.rank?.label],
          ["rank id", (p) => p.rank?.id],
          [
            "titles",
            (p) =>
              (p.titles ?? [])
                .map((t) => t.position + (t.organization ? ` (${t.organization})` : ""))
                .join("; "),
          ],
          ["role", (p) => p.role],
          ["mentions", (p) => p.mentions?.length],
        ],
        persons,
      ),
      persons.length,
    ),
    section(
      "rank",
      "Ranks",
      table(
        [
          ["text", (r) => r.text],
          ["rank id", (r) => r.rank?.id],
          ["English", (r) => r.rank?.english],
        ],
        ranks,
      ),
      ranks.length,
    ),
    section(
      "title",
      "Titles",
      table(
        [
          ["text", (t) => t.text],
          ["position", (t) => t.title?.position],
          ["organisation", (t) => t.title?.organizationExpanded ?? t.title?.organization],
        ],
        titles,
      ),
      titles.length,
    ),
  ];
  for (const [key, list] of Object.entries(article)) {
    if (KNOWN.has(key) || !Array.isArray(list)) continue;
    const kind = key === "organizations" ? "organization" : key === "places" ? "place" : "other";
    const name = key === "organizations" ? "Organisations" : key === "places" ? "Places" : key;
    parts.push(section(kind, name, table(genericColumns(list), list), list.length));
  }
  const abbreviations = article.abbreviations ?? [];
  const dates = article.dates ?? [];
  const numbers = article.numbers ?? [];
  const documents = article.documents ?? [];
  parts.push(
    section(
      "abbreviation",
      "Abbreviations",
      table(
        [
          ["abbreviation", (a) => a.abbr],
          ["expansion", (a) => a.expansion],
          ["category", (a) => a.category],
          ["mentions", (a) => a.mentions?.length],
        ],
        abbreviations,
      ),
      abbreviations.length,
    ),
    section(
      "date",
      "Dates",
      table(
        [
          ["text", (d) => d.text],
          ["value", (d) => d.value],
          ["kind", (d) => d.kind],
          ["calendar", (d) => d.calendar],
        ],
        dates,
      ),
      dates.length,
    ),
    section(
      "number",
      "Numbers",
      table(
        [
          ["text", (n) => n.text],
          ["value", (n) => n.value],
          ["unit", (n) => n.unit],
          ["kind", (n) => n.kind],
        ],
        numbers,
      ),
      numbers.length,
    ),
    section(
      "document",
      "Documents",
      table(
        [
          ["text", (d) => d.text],
          ["type", (d) => d.docType],
          ["number", (d) => d.number],
          ["issued", (d) => d.issuedAt],
        ],
        documents,
      ),
      documents.length,
    ),
  );
  return parts.join("");
}

function eventCards(article) {
  const names = new Map((article.persons ?? []).map((p) => [p.id, p.name]));
  const events = article.events ?? [];
  if (!events.length) return `<p class="empty">none</p>`;
  const skip = new Set([
    "type",
    "trigger",
    "sentence",
    "date",
    "persons",
    "organizations",
    "location",
    "rule",
  ]);
  return events
    .map((e) => {
      const rows = [
        ["date", e.date],
        ["trigger", e.trigger?.text],
        [
          "persons",
          (e.persons ?? []).map((p) => `${names.get(p.personId) ?? p.personId} (${p.role})`).join("; "),
        ],
        [
          "organisations",
          (e.organizations ?? []).map((o) => (typeof o === "string" ? o : describe(o))).join("; "),
        ],
        ["location", typeof e.location === "object" && e.location ? describe(e.location) : e.location],
      ];
      for (const [k, v] of Object.entries(e)) {
        if (skip.has(k)) continue;
        if (scalar(v)) rows.push([k, v]);
        else if (Array.isArray(v) && v.every(scalar)) rows.push([k, v.join("; ")]);
        else if (v && typeof v === "object") rows.push([k, v.text ?? describe(v)]);
      }
      const dl = rows
        .filter(([, v]) => v !== null && v !== undefined && v !== "")
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join("");
      return `<div class="card" data-type="${escapeHtml(e.type)}"><h4>${escapeHtml(e.type)}</h4><dl>${dl}</dl></div>`;
    })
    .join("");
}

const legend = () =>
  KINDS.map(([kind, name]) => `<span class="k-${kind}">${name}</span>`).join("") +
  `<span class="k-other">other</span>`;

// The worker, from the source the build inlined (a Blob URL works from file:// as from any host).
const worker = new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" })));
let sent = 0;
let running = false;
let queued = null;
let pastedAt = null;

function request() {
  const text = $("text").value;
  const publishedAt = $("published-at").value || undefined;
  if (running) {
    queued = { text, publishedAt };
    return;
  }
  running = true;
  $("status").textContent = "working…";
  worker.postMessage({ id: ++sent, text, publishedAt });
  lastText = text;
}
let lastText = "";

worker.onmessage = (event) => {
  running = false;
  const { id, article, ranks, titles, ms, error } = event.data;
  if (queued) {
    const next = queued;
    queued = null;
    running = true;
    worker.postMessage({ id: ++sent, ...next });
    lastText = next.text;
    return;
  }
  if (id !== sent) return;
  if (error) {
    $("status").textContent = `error: ${error}`;
    return;
  }
  const { html, count } = markText(lastText, collectSpans(article, ranks ?? [], titles ?? []));
  $("marked").innerHTML = html;
  $("tables").innerHTML = tables(article, ranks ?? [], titles ?? []);
  $("events").innerHTML = eventCards(article);
  $("json").textContent = JSON.stringify(article, null, 2);
  requestAnimationFrame(() => {
    const total = pastedAt === null ? null : performance.now() - pastedAt;
    pastedAt = null;
    $("status").textContent =
      `${count} marks · extract ${ms.toFixed(0)} ms${total === null ? "" : ` · paste to marks ${total.toFixed(0)} ms`}`;
    document.body.dataset.rendered = String(id);
    if (total !== null) document.body.dataset.pasteToMarksMs = total.toFixed(1);
  });
};

let timer = 0;
$("text").addEventListener("input", (event) => {
  clearTimeout(timer);
  $("example").value = ""; // the text is the user's own now
  if (event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop") {
    pastedAt = performance.now();
    request();
  } else timer = setTimeout(request, 250);
});
$("published-at").addEventListener("change", request);
$("example").addEventListener("change", () => {
  const example = EXAMPLES.find((x) => x.name === $("example").value);
  if (!example) return;
  $("text").value = example.text;
  request();
});
$("copy").addEventListener("click", async () => {
  const text = $("json").textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // no clipboard API (some file:// pages): copy the selection instead
    const range = document.createRange();
    range.selectNodeContents($("json"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand("copy");
  }
  $("copy").textContent = "Copied";
  setTimeout(() => {
    $("copy").textContent = "Copy";
  }, 1200);
});

$("legend").innerHTML = legend();
for (const example of EXAMPLES) {
  const option = document.createElement("option");
  option.value = example.name;
  option.textContent = example.title;
  $("example").append(option);
}
if (EXAMPLES.length) {
  $("example").value = EXAMPLES[0].name;
  $("text").value = EXAMPLES[0].text;
  request();
}
