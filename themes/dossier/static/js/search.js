/* Story Dossiers search page: Pagefind's search API, drawn by this file.
 *
 * Why this file exists (and is not an inline <script>): the site will run under a
 * Content-Security-Policy without 'unsafe-inline'. It
 *  1. loads pagefind/pagefind.js from the site root given by the page's data-site-root, so
 *     result links and the bundle resolve both in the relative local build and under a subpath;
 *  2. renders each result itself: title, kind, speaker, outlet, date, the highlighted excerpt,
 *     and up to three "jump to" links to the paragraph (#p-N), heading or quote entry (#q-…)
 *     the words were found in — Pagefind's own sub-results only split on headings;
 *  3. loads the filter data (dossier, outlet, speaker, kind) only when the reader opens
 *     "Narrow the results" or the address names a filter: a query alone needs none of it, and
 *     on a large site the speaker filter alone outweighs the index chunks of a query;
 *  4. keeps the query, filters and order in the address (?q=…&outlet=…&sort=…), so a search
 *     can be shared, and runs the search given by the header's search box (?q=).
 * Pagefind's ready-made Component UI is not used: its script and styles weigh more than
 * everything a one-word query fetches from the index.
 * Nothing is built with innerHTML from index data: excerpts are parsed inertly and only their
 * text and <mark> elements are copied.
 */
(() => {
  "use strict";

  const MAX_JUMPS = 3; // jump links per result; more makes the list hard to scan
  const JUMP_WORDS = 22; // words of context around a match in a jump link's excerpt
  const PAGE_SIZE = 5; // results drawn at once (as Pagefind's own UI); each fetches a fragment
  const SHOWN_VALUES = 12; // filter values listed before "Show all" (most results first)
  const TYPING_PAUSE_MS = 250; // search while typing once the reader pauses this long
  const FILTERS = ["kind", "dossier", "outlet", "speaker"];
  const FILTER_LABELS = { kind: "Kind", dossier: "Dossier", outlet: "Outlet", speaker: "Speaker" };
  const KIND_LABELS = { article: "Article", quote: "Quote", dossier: "Dossier", entity: "Entity" };
  const SORTS = { "": null, newest: { date: "desc" }, oldest: { date: "asc" } };

  const page = document.querySelector(".search-page[data-site-root]");
  if (!page) return;
  const $ = (id) => document.getElementById(id);
  const input = $("search-q");
  const summary = $("search-summary");
  const list = $("search-results");
  const more = $("search-more");
  const filterPane = $("search-filters");
  const sortSelect = $("search-sort");

  const showProblem = (message) => {
    const problem = $("search-problem");
    if (problem) {
      problem.textContent = message;
      problem.hidden = false;
    }
  };

  // "/dossier-site/" under a subpath, "/" at a domain root; the same for relative builds.
  const siteRoot = new URL(page.dataset.siteRoot || "./", window.location.href).pathname;

  /* ---------- building result elements ---------- */

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Copy only text and <mark> from Pagefind's excerpt HTML (parsed inertly by DOMParser).
  const excerptNodes = (html) => {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
    const out = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.textContent));
        else if (child.nodeName === "MARK") out.push(el("mark", "", child.textContent));
        else walk(child);
      }
    };
    walk(parsed.body);
    return out;
  };

  const siteUrl = (path) => siteRoot + String(path).replace(/^\/+/, "");

  const formatDate = (iso) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    if (!match) return null;
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    // Day, month, year, as the rest of the site writes dates ("25 October 2024").
    const lang = document.documentElement.lang || "en";
    const parts = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      .formatToParts(date)
      .reduce((found, part) => ({ ...found, [part.type]: part.value }), {});
    return `${parts.day} ${parts.month} ${parts.year}`;
  };

  // Which element with an id each matching word falls under: Pagefind lists every element
  // with an id ("anchors") and the word position of every match ("locations").
  const jumpTargets = (data) => {
    const anchors = (data.anchors || []).filter((a) => a.id).sort((a, b) => a.location - b.location);
    const locations = data.locations || [];
    if (!anchors.length || !locations.length) return [];
    const groups = new Map();
    for (const location of locations) {
      let owner = null;
      for (const anchor of anchors) {
        if (anchor.location <= location) owner = anchor;
        else break;
      }
      if (!owner) continue;
      const group = groups.get(owner.id) || { anchor: owner, locations: [] };
      group.locations.push(location);
      groups.set(owner.id, group);
    }
    // Words next to each other ("our business") count far more than scattered ones.
    for (const group of groups.values()) {
      const adjacent = group.locations.filter((loc, i) => i && loc - group.locations[i - 1] === 1);
      group.focus = adjacent.length ? adjacent[0] - 1 : group.locations[0];
      group.score = group.locations.length + 10 * adjacent.length;
    }
    return [...groups.values()]
      .sort((a, b) => b.score - a.score || a.anchor.location - b.anchor.location)
      .slice(0, MAX_JUMPS)
      .sort((a, b) => a.anchor.location - b.anchor.location);
  };

  const jumpLabel = (anchor) => {
    const paragraph = /^p-(\d+)$/.exec(anchor.id);
    if (paragraph) return `Paragraph ${paragraph[1]}`;
    if (/^h[1-6]$/i.test(anchor.element || "") && anchor.text) return anchor.text;
    if (/^a?q-/.test(anchor.id)) return "Quote";
    return anchor.text || `#${anchor.id}`;
  };

  // The words around a group's first match, with every matching word marked.
  const jumpExcerpt = (data, group) => {
    const words = (data.content || "").split(/\s+/);
    const marked = new Set(data.locations || []);
    const start = Math.max(group.anchor.location, group.focus - Math.floor(JUMP_WORDS / 3));
    const end = Math.min(words.length, start + JUMP_WORDS);
    const parts = [];
    for (let i = start; i < end; i += 1) {
      parts.push(marked.has(i) ? `<mark>${words[i]}</mark>` : words[i]);
    }
    return excerptNodes(`${start > 0 ? "… " : ""}${parts.join(" ")}${end < words.length ? " …" : ""}`);
  };

  // A quote record lists every outlet of its quotes; the meta line names the first few.
  const shortList = (joined) => {
    const names = joined.split(", ");
    return names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : joined;
  };

  const metaLine = (meta) => {
    const line = el("p", "search-result-meta");
    const bits = [];
    const kind = meta.kind || "article";
    bits.push(el("span", "search-kind", KIND_LABELS[kind] || kind));
    if (meta.speaker) bits.push(el("span", "search-speaker", meta.speaker));
    if (meta.outlet) bits.push(el("span", "search-outlet", shortList(meta.outlet)));
    const shown = formatDate(meta.date);
    if (shown) {
      const time = el("time", "", shown);
      time.dateTime = meta.date;
      bits.push(time);
    }
    bits.forEach((bit, i) => {
      if (i) line.append(" · ");
      line.append(bit);
    });
    return line;
  };

  const renderResult = (data) => {
    const meta = data.meta || {};
    const url = meta.url ? siteUrl(meta.url) : data.url;
    const item = el("li", "search-result");
    item.dataset.kind = meta.kind || "article";
    if (meta.speaker) item.dataset.speaker = meta.speaker;
    if (meta.outlet) item.dataset.outlet = meta.outlet;
    if (meta.date) item.dataset.date = meta.date;

    const title = el("h2", "search-result-title");
    const link = el("a", "search-result-link", meta.title || url);
    link.href = url;
    title.append(link);
    item.append(title, metaLine(meta));

    if (data.excerpt) {
      const excerpt = el("p", "search-result-excerpt");
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(excerpt);
    }

    const groups = jumpTargets(data); // a record's passages carry the anchors of its page
    if (groups.length) {
      const list = el("ul", "search-jumps");
      list.setAttribute("aria-label", `Where the words are in “${meta.title || "this page"}”`);
      for (const group of groups) {
        const entry = el("li", "search-jump");
        const jump = el("a", "search-jump-link", jumpLabel(group.anchor));
        jump.href = `${url.split("#")[0]}#${encodeURIComponent(group.anchor.id)}`;
        const context = el("span", "search-jump-excerpt");
        context.append(...jumpExcerpt(data, group));
        entry.append(jump, " ", context);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  };

  /* ---------- state: the address bar holds it (?q=…&outlet=…&sort=…) ---------- */

  const params = new URLSearchParams(window.location.search);
  const state = {
    term: (params.get("q") || "").trim(),
    filters: {},
    sort: Object.hasOwn(SORTS, params.get("sort") || "") ? params.get("sort") || "" : "",
  };
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) state.filters[name] = values;
  }
  const hasFilters = () => Object.values(state.filters).some((v) => v.length);

  const syncAddress = () => {
    const next = new URLSearchParams();
    if (state.term) next.set("q", state.term);
    if (state.sort) next.set("sort", state.sort);
    for (const [name, values] of Object.entries(state.filters)) {
      for (const value of values) next.append(name, value);
    }
    const query = next.toString();
    const address = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (address !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(null, "", address);
    }
  };

  /* ---------- Pagefind, loaded once ---------- */

  let pagefindPromise = null;
  const loadPagefind = () => {
    pagefindPromise ||= import(`${siteRoot}pagefind/pagefind.js`).then(async (pagefind) => {
      // No worker: its script would be a second copy of the search code to fetch (41 KB), and
      // a query on this index takes milliseconds, not long enough to block typing.
      await pagefind.options({ basePath: `${siteRoot}pagefind/`, baseUrl: siteRoot, excerptLength: 30, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    return pagefindPromise;
  };

  /* ---------- filters: loaded on demand ---------- */

  let filtersLoaded = null; // a promise once the reader asked for them
  let lastCounts = {};
  const loadFilters = () => {
    filtersLoaded ||= loadPagefind().then((pagefind) => pagefind.filters());
    return filtersLoaded;
  };

  const toggleValue = (name, value, on) => {
    const values = new Set(state.filters[name] || []);
    if (on) values.add(value);
    else values.delete(value);
    if (values.size) state.filters[name] = [...values].sort();
    else delete state.filters[name];
    runSearch();
  };

  const filterGroup = (name, counts, showAll) => {
    const chosen = new Set(state.filters[name] || []);
    const values = Object.entries(counts)
      .filter(([value, count]) => count > 0 || chosen.has(value))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!values.length) return null;
    const group = el("fieldset", "search-filter-group");
    group.append(el("legend", "", FILTER_LABELS[name] || name));
    const shown = showAll ? values : values.filter(([v], i) => i < SHOWN_VALUES || chosen.has(v));
    for (const [value, count] of shown) {
      const label = el("label", "search-filter-value");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = chosen.has(value);
      box.addEventListener("change", () => toggleValue(name, value, box.checked));
      label.append(box, ` ${name === "kind" ? KIND_LABELS[value] || value : value} `, el("span", "search-filter-count", `(${count})`));
      group.append(label);
    }
    if (shown.length < values.length) {
      const all = el("button", "search-filter-all", `Show all ${values.length}`);
      all.type = "button";
      all.addEventListener("click", () => group.replaceWith(filterGroup(name, counts, true)));
      group.append(all);
    }
    return group;
  };

  const drawFilters = () => {
    const holder = filterPane.querySelector(".search-filter-groups");
    holder.replaceChildren(...FILTERS.map((n) => filterGroup(n, lastCounts[n] || {}, false)).filter(Boolean));
  };

  /* ---------- searching ---------- */

  let searchId = 0;
  let pending = [];

  const drawMore = async (id) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (id !== searchId) return;
    list.append(...datas.map(renderResult));
    more.hidden = pending.length === 0;
  };

  async function runSearch() {
    const id = ++searchId;
    syncAddress();
    if (!state.term && !hasFilters()) {
      summary.textContent = "";
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    // Values of one filter widen the results (any of these outlets); filters narrow each other.
    const filters = Object.fromEntries(Object.entries(state.filters).map(([n, v]) => [n, { any: v }]));
    const options = { filters };
    if (SORTS[state.sort]) options.sort = SORTS[state.sort];
    let found;
    try {
      const pagefind = await loadPagefind();
      if (hasFilters() || filterPane.open) await loadFilters();
      found = await pagefind.search(state.term || null, options);
    } catch (error) {
      showProblem("Search failed to load its index. Try reloading the page; if it persists, rebuild the site (make html) so that it includes the pagefind/ folder.");
      return;
    }
    if (id !== searchId || !found) return;
    pending = found.results.slice();
    list.replaceChildren();
    const count = found.results.length;
    const shown = state.term ? ` for ${state.term}` : "";
    summary.textContent = count ? `${count} result${count === 1 ? "" : "s"}${shown}` : `No results${shown}`;
    lastCounts = found.filters || {};
    filterPane.hidden = !count && !hasFilters();
    if (filtersLoaded) drawFilters();
    await drawMore(id);
  }

  /* ---------- start ---------- */

  let typing = 0;
  input.value = state.term;
  // A reader who reaches for the box is about to search: fetch the index metadata meanwhile.
  input.addEventListener("focus", () => loadPagefind().catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      state.term = input.value.trim();
      runSearch();
    }, TYPING_PAUSE_MS);
  });
  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    state.term = input.value.trim();
    runSearch();
  });
  more.addEventListener("click", () => drawMore(searchId));
  filterPane.addEventListener("toggle", () => {
    // runSearch loads the filters, then counts; a filter in the address already made it do so
    if (filterPane.open && !filtersLoaded && !hasFilters()) runSearch();
  });
  sortSelect.value = state.sort;
  sortSelect.addEventListener("change", () => {
    state.sort = sortSelect.value;
    runSearch();
  });

  if (hasFilters()) filterPane.open = true;
  if (state.term || hasFilters()) runSearch();
  else input.focus();
})();
