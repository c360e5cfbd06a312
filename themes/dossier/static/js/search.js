/* Story Dossiers search page: Pagefind's Component UI, configured for this site.
 *
 * Why this file exists (and is not an inline <script>): the site will run under a
 * Content-Security-Policy without 'unsafe-inline'. It
 *  1. tells Pagefind where the site root is, from the page's data-site-root, so result links
 *     and the bundle resolve both in the relative local build and under a project-page subpath;
 *  2. renders each result itself: title, kind, speaker, outlet, date, the highlighted excerpt,
 *     and up to three "jump to" links to the paragraph (#p-N), heading or quote entry (#q-…)
 *     the words were found in — Pagefind's own sub-results only split on headings;
 *  3. keeps the query and filters in the address (?q=…&outlet=…), so a search can be shared,
 *     and runs the search given by the header's search box (a plain form that submits ?q=).
 * Nothing is built with innerHTML from index data: excerpts are parsed inertly and only their
 * text and <mark> elements are copied.
 */
(() => {
  "use strict";

  const MAX_JUMPS = 3; // jump links per result; more makes the list hard to scan
  const JUMP_WORDS = 22; // words of context around a match in a jump link's excerpt
  const FILTERS = ["dossier", "outlet", "speaker", "kind"];
  const KIND_LABELS = { article: "Article", quote: "Quote", dossier: "Dossier", entity: "Entity" };

  const page = document.querySelector(".search-page[data-site-root]");
  if (!page) return;

  const showProblem = (message) => {
    const problem = document.getElementById("search-problem");
    if (problem) {
      problem.textContent = message;
      problem.hidden = false;
    }
  };

  const components = window.PagefindComponents;
  if (!components) {
    showProblem("The search index could not be loaded. Rebuild the site (make html) so that it includes the pagefind/ folder.");
    return;
  }

  // "/dossier-site/" under a subpath, "/" at a domain root; the same for relative builds.
  const siteRoot = new URL(page.dataset.siteRoot || "./", window.location.href).pathname;
  const instance = components.configureInstance("default", {
    bundlePath: `${siteRoot}pagefind/`,
    baseUrl: siteRoot,
    excerptLength: 30,
  });

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

  const metaLine = (meta) => {
    const line = el("p", "search-result-meta");
    const bits = [];
    const kind = meta.kind || "article";
    bits.push(el("span", "search-kind", KIND_LABELS[kind] || kind));
    if (meta.speaker) bits.push(el("span", "search-speaker", meta.speaker));
    if (meta.outlet) bits.push(el("span", "search-outlet", meta.outlet));
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

    const groups = meta.url ? [] : jumpTargets(data);
    if (groups.length) {
      const list = el("ul", "search-jumps");
      list.setAttribute("aria-label", `Where the words are in “${meta.title || "this page"}”`);
      for (const group of groups) {
        const entry = el("li", "search-jump");
        const jump = el("a", "search-jump-link", jumpLabel(group.anchor));
        jump.href = `${data.url.split("#")[0]}#${encodeURIComponent(group.anchor.id)}`;
        const context = el("span", "search-jump-excerpt");
        context.append(...jumpExcerpt(data, group));
        entry.append(jump, " ", context);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  };

  /* ---------- the address bar: ?q=…&outlet=… ---------- */

  const params = new URLSearchParams(window.location.search);
  const initialTerm = (params.get("q") || "").trim();
  const initialFilters = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) initialFilters[name] = values;
  }

  /* ---------- sort: relevance (Pagefind's own), newest or oldest first ---------- */

  // The Component UI passes only filters to Pagefind's search(); the loaded Pagefind module
  // is wrapped so that the reader's chosen order reaches it as `sort: {date: …}` (the
  // data-pagefind-sort="date" values). Results without a date drop out of a date order.
  const SORTS = { "": null, newest: { date: "desc" }, oldest: { date: "asc" } };
  let sortOrder = Object.hasOwn(SORTS, params.get("sort") || "") ? params.get("sort") || "" : "";
  const withSort = (pagefind) => {
    if (!pagefind || pagefind.dossierSortWrapped) return pagefind;
    const search = pagefind.search.bind(pagefind);
    pagefind.search = (term, options = {}) =>
      search(term, SORTS[sortOrder] ? { ...options, sort: SORTS[sortOrder] } : options);
    pagefind.dossierSortWrapped = true;
    return pagefind;
  };
  let loadedPagefind = withSort(instance.__pagefind__);
  Object.defineProperty(instance, "__pagefind__", {
    configurable: true,
    get: () => loadedPagefind,
    set: (value) => {
      loadedPagefind = withSort(value);
    },
  });

  const syncAddress = () => {
    const next = new URLSearchParams();
    if (instance.searchTerm) next.set("q", instance.searchTerm);
    if (sortOrder) next.set("sort", sortOrder);
    for (const [name, values] of Object.entries(instance.searchFilters || {})) {
      for (const value of [].concat(values || [])) next.append(name, value);
    }
    const query = next.toString();
    const address = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (address !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(null, "", address);
    }
  };

  /* ---------- start ---------- */

  const template = document.getElementById("search-ui");
  if (!template) return;
  const ui = document.importNode(template.content, true);
  const results = ui.querySelector("pagefind-results");
  template.replaceWith(ui);
  results.resultTemplate = renderResult;
  const sortSelect = document.getElementById("search-sort");
  if (sortSelect) {
    sortSelect.value = sortOrder;
    sortSelect.addEventListener("change", () => {
      sortOrder = sortSelect.value;
      if (instance.searchTerm) {
        instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters || {});
      }
      syncAddress();
    });
  }

  instance.on("results", (found) => {
    syncAddress();
    // An empty filter panel beside "No results" is noise, unless a filter caused the emptiness.
    const filtered = Object.values(instance.searchFilters || {}).some((v) => [].concat(v).length);
    page.classList.toggle("search-empty", !(found && found.results && found.results.length) && !filtered);
  });
  instance.on("error", () => {
    showProblem("Search failed to load its index. Try reloading the page; if it persists, rebuild the site.");
  });

  if (initialTerm) {
    const input = document.querySelector("pagefind-input input");
    if (input) input.value = initialTerm;
    if (Object.keys(initialFilters).length) instance.triggerSearchWithFilters(initialTerm, initialFilters);
    else instance.triggerSearch(initialTerm);
  } else {
    const input = document.querySelector("pagefind-input input");
    if (input) input.focus();
  }
})();
